/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.ingest;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.parley.store.Store;

/**
 * Imports a file or folder in the background, with progress, cancellable. Cancelling keeps what was
 * committed; importing the same file again resumes after its last checkpoint. The report is
 * available once the job is done.
 */
public class ImportJob extends Job {

    /** The job family of every import and pull, for {@code Job.getJobManager().find(FAMILY)}. */
    public static final Object FAMILY = ImportJob.class;

    private final IngestService ingest;
    private final Store store;
    private final String connectorId;
    private final long sourceId;
    private final Path path;
    private volatile IngestReport report;

    /** Imports with a connector's default settings. */
    public ImportJob(IngestService ingest, Store store, String connectorId, Path path) {
        this(ingest, store, connectorId, 0, path);
    }

    /** Imports with the settings of a source. */
    public ImportJob(IngestService ingest, Store store, long sourceId, Path path) {
        this(ingest, store, null, sourceId, path);
    }

    private ImportJob(IngestService ingest, Store store, String connectorId, long sourceId, Path path) {
        super("Importing " + path.getFileName());
        this.ingest = ingest;
        this.store = store;
        this.connectorId = connectorId;
        this.sourceId = sourceId;
        this.path = path;
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        try {
            report = connectorId != null
                    ? ingest.importPath(store, connectorId, path, monitor)
                    : ingest.importPath(store, sourceId, path, monitor);
            return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
        } catch (Exception e) {
            return Status.error("Import of " + path + " failed: " + e.getMessage(), e);
        }
    }

    /** What the import did, or empty while it runs or when it failed. */
    public Optional<IngestReport> report() {
        return Optional.ofNullable(report);
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }
}

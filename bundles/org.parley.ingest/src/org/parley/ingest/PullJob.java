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

import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.parley.store.Store;

/**
 * Pulls one source in the background ("poll now"), with progress, cancellable. The source records
 * its last run either way.
 */
public class PullJob extends Job {

    private final IngestService ingest;
    private final Store store;
    private final long sourceId;
    private volatile IngestReport report;

    public PullJob(IngestService ingest, Store store, long sourceId) {
        super("Polling source " + sourceId);
        this.ingest = ingest;
        this.store = store;
        this.sourceId = sourceId;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        try {
            report = ingest.pull(store, sourceId, monitor);
            return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
        } catch (Exception e) {
            return Status.error("Polling source " + sourceId + " failed: " + e.getMessage(), e);
        }
    }

    /** The source pulled. */
    public long sourceId() {
        return sourceId;
    }

    /** What the pull did, or empty while it runs or when it failed. */
    public Optional<IngestReport> report() {
        return Optional.ofNullable(report);
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == ImportJob.FAMILY;
    }
}

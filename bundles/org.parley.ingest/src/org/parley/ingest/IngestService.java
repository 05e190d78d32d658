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

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.parley.channels.ChannelConnector;
import org.parley.channels.Listener;
import org.parley.store.Store;

/**
 * The ingestion pipeline: reads messages through the installed {@link ChannelConnector}s into a
 * store, exactly once each. A message is stored once per (channel, external id); the same message
 * again is a duplicate, a message whose content changed is updated. Messages are committed in
 * batches together with the source's checkpoint, so a run stopped at any moment resumes where it
 * stopped. Records a connector cannot read go to the quarantine ({@link QuarantineService}); the
 * rest goes on.
 * <p>
 * Every method that reads or writes takes the {@link Store} to work on: the workbench passes the
 * workspace's store service, {@code parley-cli} the store of its {@code --data} workspace. Long
 * runs belong in a job ({@link ImportJob}, {@link PullJob}), never on the UI thread.
 */
public interface IngestService {

    /** The installed connectors, by id. */
    List<ChannelConnector> connectors();

    /** The installed connector with that id. */
    Optional<ChannelConnector> connector(String id);

    /**
     * Imports a file, or every file of a folder (and its subfolders) that the connector
     * {@link ChannelConnector#canImport can import}, with the connector's default settings. A run
     * stopped earlier on the same file resumes after its last checkpoint.
     *
     * @param monitor
     *            progress and cancellation; may be null
     * @throws IllegalArgumentException
     *             when no such connector is installed or it cannot import files
     * @throws IOException
     *             when the file or folder cannot be read at all
     */
    IngestReport importPath(Store store, String connectorId, Path fileOrFolder, IProgressMonitor monitor)
            throws IOException;

    /** Imports a file or folder with the settings and secrets of a source; see {@link #importPath}. */
    IngestReport importPath(Store store, long sourceId, Path fileOrFolder, IProgressMonitor monitor)
            throws IOException;

    /**
     * Pulls new and changed messages of a source from its channel's API, from where the last pull
     * stopped. The source's last run (time, report or error) is recorded.
     *
     * @throws IOException
     *             when the channel cannot be reached
     */
    IngestReport pull(Store store, long sourceId, IProgressMonitor monitor) throws IOException;

    /**
     * Starts receiving the messages a channel pushes to a source (a webhook); each is stored before the
     * connector acknowledges it. Close the listener to stop.
     */
    Listener listen(Store store, long sourceId) throws IOException;

    /** The sources of a store, by name. */
    List<Source> sources(Store store);

    /** One source. */
    Optional<Source> source(Store store, long id);

    /**
     * Stores a new source ({@code id} 0) or changes one.
     *
     * @return the source as stored, with its id
     * @throws IllegalArgumentException
     *             naming every problem with its settings, or an unknown connector
     */
    Source save(Store store, Source source);

    /** Removes a source, its checkpoints and its secrets; stored messages stay. */
    void remove(Store store, long id);

    /**
     * Pulls every source with a schedule, each as a {@link PullJob} every {@link Source#schedule()},
     * until the returned handle is closed. The workbench starts this for the workspace's store.
     */
    AutoCloseable schedulePolls(Store store);
}

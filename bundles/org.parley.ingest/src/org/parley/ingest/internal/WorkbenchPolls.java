/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.ingest.internal;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.parley.channels.Capability;
import org.parley.channels.Listener;
import org.parley.ingest.IngestService;
import org.parley.ingest.Source;
import org.eclipse.core.runtime.jobs.Job;
import org.parley.store.Store;
import org.parley.store.WorkbenchSession;

/**
 * Starts the scheduled polls of the workspace's sources, and the endpoints of its push sources
 * (webhooks, opened in a job), while the workbench is open ({@link WorkbenchSession}), and stops
 * them when it closes. An endpoint that cannot open (its port is taken, say) is logged and recorded
 * as the source's problem; the others go on. The command line and test runs poll nothing on their
 * own: they register no session.
 */
@Component(immediate = true)
public final class WorkbenchPolls {

    private static final System.Logger LOG = System.getLogger(WorkbenchPolls.class.getName());

    private final AutoCloseable polls;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private volatile boolean stopped;

    @Activate
    public WorkbenchPolls(@Reference IngestService ingest, @Reference WorkbenchSession session) {
        Store store = session.store();
        this.polls = ingest.schedulePolls(store);
        Job endpoints = Job.create("Opening push endpoints", monitor -> {
            startListeners(ingest, store);
        });
        endpoints.setSystem(true);
        endpoints.schedule();
    }

    private void startListeners(IngestService ingest, Store store) {
        for (Source source : ingest.sources(store)) {
            boolean push = ingest.connector(source.connectorId())
                    .map(connector -> connector.capabilities().contains(Capability.WEBHOOK_PUSH))
                    .orElse(false);
            if (!push || stopped) {
                continue;
            }
            try {
                listeners.add(ingest.listen(store, source.id()));
                LOG.log(System.Logger.Level.INFO, "Receiving pushed messages for source " + source.id() + " ("
                        + source.name() + ")");
            } catch (IOException | RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "Source " + source.id() + " (" + source.name()
                        + ") cannot receive pushed messages: " + e.getMessage());
            }
        }
    }

    @Deactivate
    void stop() throws Exception {
        stopped = true;
        for (Listener listener : listeners) {
            listener.close();
        }
        polls.close();
    }
}

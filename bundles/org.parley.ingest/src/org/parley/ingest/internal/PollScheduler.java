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

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.parley.ingest.IngestService;
import org.parley.ingest.PullJob;
import org.parley.ingest.Source;
import org.parley.store.Store;

/**
 * Pulls the sources that have a schedule: a system job wakes every {@link #TICK_MS}, reads the
 * sources (so added, changed and removed ones are followed) and schedules a {@link PullJob} for
 * each source that is due and not already being pulled, then re-schedules itself.
 */
final class PollScheduler extends Job implements AutoCloseable {

    static final long TICK_MS = 15_000;

    private final IngestService ingest;
    private final Store store;
    private final Map<Long, PullJob> running = new ConcurrentHashMap<>();
    private volatile boolean closed;

    PollScheduler(IngestService ingest, Store store) {
        super("Parley: scheduling source polls");
        this.ingest = ingest;
        this.store = store;
        setSystem(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        if (closed) {
            return Status.OK_STATUS;
        }
        try {
            Instant now = Instant.now();
            for (Source source : ingest.sources(store)) {
                if (isDue(source, now) && !running.containsKey(source.id())) {
                    startPull(source);
                }
            }
        } catch (RuntimeException e) {
            return Status.warning("Could not read the sources to poll: " + e.getMessage(), e);
        } finally {
            if (!closed) {
                schedule(TICK_MS);
            }
        }
        return Status.OK_STATUS;
    }

    private static boolean isDue(Source source, Instant now) {
        return source.schedule() != null
                && (source.lastRunAt() == null || !source.lastRunAt().plus(source.schedule()).isAfter(now));
    }

    private void startPull(Source source) {
        PullJob pull = new PullJob(ingest, store, source.id());
        pull.setSystem(true);
        running.put(source.id(), pull);
        pull.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                running.remove(source.id());
            }
        });
        pull.schedule();
    }

    @Override
    public void close() {
        closed = true;
        cancel();
        running.values().forEach(Job::cancel);
    }
}

/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.routing.internal;

import java.time.Duration;
import java.time.Instant;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.parley.routing.RouteReport;
import org.parley.routing.RoutingService;
import org.parley.store.Store;
import org.parley.store.WorkbenchSession;

/**
 * Routes new conversations while Parley runs as the workbench: shortly after start and then every
 * minute, a background job puts the conversations that are not routed yet (a new workspace's, or
 * what imports, polls and webhooks brought in) into their queues. It needs the open workbench
 * ({@link WorkbenchSession}): the command line and test runs route only when asked
 * ({@code parley-cli route}).
 */
@Component(immediate = true)
public final class WorkbenchRouting {

    static final Duration FIRST = Duration.ofSeconds(10);
    static final Duration EVERY = Duration.ofMinutes(1);

    private final Job job;

    @Activate
    public WorkbenchRouting(@Reference RoutingService routing, @Reference WorkbenchSession session) {
        this.job = routeJob(routing, session.store(), EVERY);
        job.schedule(FIRST.toMillis());
    }

    /**
     * A system job that routes the unrouted conversations once, and again every {@code every} when that
     * is not {@code null}; cancelling it stops the pass at the next conversation.
     */
    static Job routeJob(RoutingService routing, Store store, Duration every) {
        Job job = new Job("Routing new conversations") {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    RouteReport report = routing.route(store, Instant.now(), monitor::isCanceled);
                    return monitor.isCanceled()
                            ? Status.CANCEL_STATUS
                            : Status.info("Routed " + report.routed() + " conversations");
                } catch (RuntimeException e) {
                    // another writer (a classification job, an import) got in the way: the next pass retries
                    return Status.warning("Routing stopped and will retry: " + e.getMessage(), e);
                } finally {
                    if (every != null && !monitor.isCanceled()) {
                        schedule(every.toMillis());
                    }
                }
            }
        };
        job.setSystem(true);
        return job;
    }

    @Deactivate
    void stop() throws InterruptedException {
        if (job != null) {
            job.cancel();
            job.join();
        }
    }
}

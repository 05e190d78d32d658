/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.app.internal;

import java.time.Instant;

import org.eclipse.core.runtime.jobs.IJobManager;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;
import org.eclipse.e4.ui.workbench.lifecycle.PreSave;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventHandler;
import org.parley.demo.DemoWorkspace;
import org.parley.store.Store;
import org.parley.store.WorkbenchSession;
import org.parley.ui.SaveJobs;
import org.parley.ui.UiTopics;

/**
 * Start-up of the workbench: it registers the {@link WorkbenchSession} that the workbench's own
 * background work waits for, and a new workspace gets the demo data once, in a background job, so a
 * new user sees something real at once; {@code -Dparley.demo=false} starts with an empty workspace.
 */
public class LifeCycle {

    /** System property that turns demo seeding off. */
    public static final String DEMO_PROPERTY = "parley.demo";

    @PostContextCreate
    void postContextCreate(@Optional Store store, @Optional DemoWorkspace demo, IEventBroker events) {
        holdJobsUntilWindowIsUp(events);
        if (store != null) {
            // the work that belongs to an open workbench (polls, push endpoints, routing, reclassifying)
            // starts now; it ends with this bundle, when the workbench closes
            BundleContext bundles = FrameworkUtil.getBundle(LifeCycle.class).getBundleContext();
            WorkbenchSession session = () -> store;
            bundles.registerService(WorkbenchSession.class, session, null);
        }
        if (store == null || demo == null || "false".equals(System.getProperty(DEMO_PROPERTY))) {
            return;
        }
        Job seeding = Job.create("Preparing the demo workspace", monitor -> {
            // only a workspace that was never seeded and holds nothing of its own gets demo data
            if (store.meta(DemoWorkspace.SEEDED_KEY).isEmpty() && store.customers().count() == 0
                    && store.interactions().count() == 0) {
                demo.seed(store, Instant.now());
                events.post(UiTopics.STORE_CHANGED, DemoWorkspace.SEEDED_KEY);
            }
        });
        seeding.schedule();
    }

    /**
     * Before the workbench closes (and the workspace store with it), the saves still running finish.
     */
    @PreSave
    void finishSaves() {
        SaveJobs.finish();
    }

    /**
     * Background jobs (opening the database, loading the lists, seeding) wait until the window is
     * shown, as in the Eclipse IDE: on two cores they would otherwise slow the window down.
     */
    private static void holdJobsUntilWindowIsUp(IEventBroker events) {
        IJobManager jobs = Job.getJobManager();
        jobs.suspend();
        events.subscribe(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE, new EventHandler() {
            @Override
            public void handleEvent(Event event) {
                events.unsubscribe(this);
                jobs.resume();
            }
        });
    }
}

/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.analytics.internal;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.parley.store.Store;

/**
 * Classifies a workspace's stored messages in the background; cancellable, one at a time per store.
 */
final class ReclassifyJob extends Job {

    /** Jobs on the same store conflict, so they run one after the other. */
    private record StoreRule(Store store) implements ISchedulingRule {

        @Override
        public boolean contains(ISchedulingRule rule) {
            return rule == this;
        }

        @Override
        public boolean isConflicting(ISchedulingRule rule) {
            return rule instanceof StoreRule other && other.store == store;
        }
    }

    /** The job's family, for {@code Job.getJobManager().find(FAMILY)}. */
    static final Object FAMILY = ReclassifyJob.class;

    private final ClassificationServiceImpl service;
    private final Store store;
    private final boolean all;
    private int classified;

    ReclassifyJob(ClassificationServiceImpl service, Store store, boolean all) {
        super(all ? "Reclassifying all messages" : "Classifying new messages");
        this.service = service;
        this.store = store;
        this.all = all;
        setRule(new StoreRule(store));
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        try {
            classified = service.classifyStored(store, all, monitor);
            return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
        } catch (RuntimeException e) {
            return Status.error("Classifying messages failed: " + e.getMessage(), e);
        }
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY || family == org.parley.analytics.ClassificationService.class;
    }

    /** How many messages the last run classified. */
    int classified() {
        return classified;
    }
}

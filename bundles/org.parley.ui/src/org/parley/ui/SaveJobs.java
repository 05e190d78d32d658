/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.ui;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobFunction;
import org.eclipse.core.runtime.jobs.Job;

/**
 * Saves that run in the background but must finish before the workbench closes: they belong to
 * {@link #FAMILY}, which the workbench joins when it shuts down, so quitting right after Save (or
 * saving from the exit prompt) never closes the workspace under a save that is still running.
 */
public final class SaveJobs {

    /** The job family of every save. */
    public static final Object FAMILY = SaveJobs.class;

    private SaveJobs() {
    }

    /** A save job of {@link #FAMILY}. */
    public static Job create(String name, IJobFunction work) {
        return new Job(name) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                return work.run(monitor);
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
    }

    /** Waits for the saves running now; true when none is left. */
    public static boolean finish() {
        try {
            Job.getJobManager().join(FAMILY, null);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}

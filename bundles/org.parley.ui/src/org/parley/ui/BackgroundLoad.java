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

import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.widgets.Control;

/**
 * Loads data in an Eclipse Job, never on the UI thread, and hands it to the UI when the control is
 * still there. A newer load cancels an older one, so the last request wins.
 */
public final class BackgroundLoad<T> {

    private final String name;
    private final Control owner;
    private final UISynchronize sync;
    private Job current;

    public BackgroundLoad(String name, Control owner, UISynchronize sync) {
        this.name = name;
        this.owner = owner;
        this.sync = sync;
    }

    /**
     * Runs {@code load} in the background after {@code delayMs}, then {@code show} on the UI thread.
     */
    public synchronized void start(long delayMs, Supplier<T> load, Consumer<T> show) {
        if (current != null) {
            current.cancel();
        }
        Job job = new Job(name) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                monitor.beginTask(name, IProgressMonitor.UNKNOWN);
                try {
                    T data = load.get();
                    if (monitor.isCanceled()) {
                        return Status.CANCEL_STATUS;
                    }
                    sync.asyncExec(() -> {
                        if (!owner.isDisposed()) {
                            show.accept(data);
                        }
                    });
                    return Status.OK_STATUS;
                } catch (RuntimeException e) {
                    return Status.error(name + " failed: " + e.getMessage(), e);
                } finally {
                    monitor.done();
                }
            }
        };
        job.setSystem(false);
        current = job;
        job.schedule(delayMs);
    }
}

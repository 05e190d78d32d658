/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.testing.swt;

import java.util.function.BooleanSupplier;

import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.widgets.Display;

/**
 * A display, a UISynchronize on it and event-loop waiting, for part tests (real services come from
 * {@link org.parley.testing.Services}).
 */
public final class SwtHarness {

    /** Only a guard against a hang: the tests wait for conditions, not for time. */
    private static final long GIVE_UP_MS = 120_000;

    public final Display display = Display.getDefault();

    public final UISynchronize sync = new UISynchronize() {
        @Override
        public void syncExec(Runnable runnable) {
            display.syncExec(runnable);
        }

        @Override
        public void asyncExec(Runnable runnable) {
            display.asyncExec(runnable);
        }

        @Override
        protected boolean isUIThread(Thread thread) {
            return display.getThread() == thread;
        }

        @Override
        protected void showBusyWhile(Runnable runnable) {
            runnable.run();
        }

        @Override
        protected boolean dispatchEvents() {
            return display.readAndDispatch();
        }
    };

    /** Runs the event loop until {@code condition} holds; fails with {@code what} if it never does. */
    public void waitFor(String what, BooleanSupplier condition) {
        long end = System.currentTimeMillis() + GIVE_UP_MS;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                throw new AssertionError("gave up waiting for " + what);
            }
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> {
                });
                display.sleep();
            }
        }
    }
}

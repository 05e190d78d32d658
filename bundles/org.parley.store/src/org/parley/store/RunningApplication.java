/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.store;

/**
 * Which Parley application this process runs: background work that belongs to an operator's open
 * workbench (scheduled polls, push endpoints, routing, reclassification) starts only there, never
 * in {@code parley-cli} or a test run.
 */
public final class RunningApplication {

    /** The e4 workbench application Parley's product runs. */
    public static final String WORKBENCH = "org.eclipse.e4.ui.workbench.swt.E4Application";

    private RunningApplication() {
    }

    /** Whether this process runs the workbench. */
    public static boolean isWorkbench() {
        return WORKBENCH.equals(System.getProperty("eclipse.application"));
    }

    /**
     * Whether work that belongs to the workbench should run: the system property {@code override}
     * ({@code true|false}) decides when it is set, otherwise {@link #isWorkbench()}.
     */
    public static boolean workbenchWork(String override) {
        String forced = System.getProperty(override);
        return forced != null ? Boolean.parseBoolean(forced) : isWorkbench();
    }
}

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

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.parley.ingest.IngestService;
import org.parley.store.Store;

/**
 * Starts the scheduled polls of the workspace's sources when Parley runs as the workbench (the e4
 * application), and stops them when the workspace store goes away. The command line and test runs
 * poll nothing on their own; {@code -Dparley.polls=true|false} overrides the choice.
 */
@Component(immediate = true)
public final class WorkbenchPolls {

    /** The e4 workbench application Parley's product runs. */
    static final String WORKBENCH_APPLICATION = "org.eclipse.e4.ui.workbench.swt.E4Application";

    private final AutoCloseable polls;

    @Activate
    public WorkbenchPolls(@Reference IngestService ingest, @Reference Store store) {
        this.polls = enabled() ? ingest.schedulePolls(store) : null;
    }

    static boolean enabled() {
        String forced = System.getProperty("parley.polls");
        if (forced != null) {
            return Boolean.parseBoolean(forced);
        }
        return WORKBENCH_APPLICATION.equals(System.getProperty("eclipse.application"));
    }

    @Deactivate
    void stop() throws Exception {
        if (polls != null) {
            polls.close();
        }
    }
}

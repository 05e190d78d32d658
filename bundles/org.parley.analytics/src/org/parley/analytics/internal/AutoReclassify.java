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

import org.eclipse.core.runtime.jobs.Job;
import org.parley.store.Store;

/**
 * Reclassifies the workspace's messages when the chain changes (a classifier service came, went or
 * changed version), two seconds after the last change. Only while the workbench is open (it hands
 * over its workspace): the command line and tests reclassify on request, so a short-lived process
 * never starts writing to a workspace it was not asked to touch.
 */
final class AutoReclassify {

    static final long DELAY_MS = 2000;

    private final ClassificationServiceImpl service;
    private volatile Store workspace;
    private Job pending;

    AutoReclassify(ClassificationServiceImpl service) {
        this.service = service;
    }

    void setWorkspace(Store store) {
        workspace = store;
    }

    void unsetWorkspace(Store store) {
        if (workspace == store) {
            workspace = null;
        }
    }

    synchronized void chainChanged() {
        Store store = workspace;
        if (store == null) {
            return;
        }
        if (pending != null) {
            pending.cancel();
        }
        pending = service.reclassifyJob(store, false);
        pending.setSystem(false);
        pending.schedule(DELAY_MS);
    }
}

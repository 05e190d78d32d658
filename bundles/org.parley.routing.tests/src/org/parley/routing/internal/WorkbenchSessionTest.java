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

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.util.tracker.ServiceTracker;
import org.parley.store.Store;
import org.parley.store.StoreFactory;
import org.parley.store.StoreSettings;
import org.parley.store.WorkbenchSession;

/**
 * Routing by itself belongs to an open workbench: without one (the command line, a test run)
 * nothing routes on its own; the workbench's session starts it, and closing the workbench stops it.
 */
class WorkbenchSessionTest {

    @TempDir
    Path workspace;

    @Test
    void automaticRoutingRunsOnlyWhileAWorkbenchIsOpen() throws Exception {
        Bundle routing = FrameworkUtil.getBundle(WorkbenchRouting.class);
        BundleContext context = routing.getBundleContext();
        ServiceComponentRuntime scr = service(context, ServiceComponentRuntime.class);
        StoreFactory stores = service(context, StoreFactory.class);
        assertFalse(active(scr, routing), "no workbench, no routing of its own");
        try (Store store = stores.open(StoreSettings.embedded(workspace))) {
            WorkbenchSession session = () -> store;
            ServiceRegistration<WorkbenchSession> open = context.registerService(WorkbenchSession.class, session,
                    null);
            try {
                assertTrue(waitFor(() -> active(scr, routing)), "the open workbench starts routing");
            } finally {
                open.unregister();
            }
            assertTrue(waitFor(() -> !active(scr, routing)), "closing the workbench stops it");
        }
    }

    private static boolean active(ServiceComponentRuntime scr, Bundle bundle) {
        ComponentDescriptionDTO description = scr.getComponentDescriptionDTO(bundle,
                WorkbenchRouting.class.getName());
        return description != null && scr.getComponentConfigurationDTOs(description).stream()
                .anyMatch(c -> c.state == ComponentConfigurationDTO.ACTIVE);
    }

    private static boolean waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }

    private static <T> T service(BundleContext context, Class<T> type) throws InterruptedException {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        T service = tracker.waitForService(10_000);
        assertTrue(service != null, type.getSimpleName() + " is registered");
        return service;
    }
}

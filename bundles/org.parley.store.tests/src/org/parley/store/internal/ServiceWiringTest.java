/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;

import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.parley.store.CanvasRepository;
import org.parley.store.CustomerRepository;
import org.parley.store.InteractionRepository;
import org.parley.store.JourneyRepository;
import org.parley.store.Store;
import org.parley.store.StoreFactory;
import org.parley.store.StoreSettings;

/**
 * Other bundles find the store and its repositories as OSGi services, wired by Declarative
 * Services.
 */
class ServiceWiringTest {

    @Test
    void theRepositoriesAreServicesOnTheWorkspaceDatabase() throws InterruptedException {
        Store store = service(Store.class);
        assertTrue(store.settings().isEmbeddedDerby(), "the default store is embedded Derby");
        assertEquals(Migrator.CURRENT_VERSION, store.info().schemaVersion());
        assertTrue(Files.isDirectory(store.settings().workspace().resolve(StoreSettings.EMBEDDED_FOLDER)),
                "the database is inside the instance location (-data)");

        long before = service(CustomerRepository.class).count();
        assertEquals(before, store.customers().count(), "the services and the store share one database");
        assertEquals(service(InteractionRepository.class).count(), store.interactions().count());
        assertEquals(service(JourneyRepository.class).count(), store.journeys().count());
        assertEquals(service(CanvasRepository.class).count(), store.canvases().count());
        assertEquals(Migrator.CURRENT_VERSION, service(StoreFactory.class).currentSchemaVersion());
    }

    private static <T> T service(Class<T> type) throws InterruptedException {
        BundleContext context = FrameworkUtil.getBundle(ServiceWiringTest.class).getBundleContext();
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        T service = tracker.waitForService(10_000);
        assertNotNull(service, type.getSimpleName() + " is registered");
        return service;
    }
}

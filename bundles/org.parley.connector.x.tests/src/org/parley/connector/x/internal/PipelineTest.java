/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.connector.x.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.parley.ingest.IngestReport;
import org.parley.ingest.IngestService;
import org.parley.store.Store;
import org.parley.store.StoreFactory;
import org.parley.store.StoreSettings;

/**
 * The connector through the real ingestion pipeline into a Derby workspace, with real sample data.
 */
class PipelineTest {

    @TempDir
    Path temp;

    @Test
    void theRealArchiveIsStoredOnceWithOneIdentityPerAuthor() throws IOException, InterruptedException {
        Path file = TestData.file("x-archive/tweets.js");
        try (Store store = service(StoreFactory.class)
                .open(StoreSettings.embedded(Files.createDirectories(temp.resolve("workspace"))))) {
            IngestService ingest = service(IngestService.class);

            IngestReport first = ingest.importPath(store, "x", file, null);
            IngestReport second = ingest.importPath(store, "x", file, null);

            assertEquals(new IngestReport(60, 0, 0, 0), first, "the first import");
            assertEquals(new IngestReport(0, 0, 60, 0), second, "the same file again adds nothing");
            assertEquals(60, store.interactions().count());
            assertEquals(6, count(store, "SELECT COUNT(*) FROM CUSTOMER_IDENTITY WHERE CHANNEL = 'x'"),
                    "one identity per author");
            assertEquals(58, count(store, "SELECT COUNT(*) FROM CONVERSATION WHERE CHANNEL = 'x'"),
                    "threads");
        }
    }

    private static long count(Store store, String sql) {
        return store.query(c -> {
            try (var statement = c.createStatement(); var rs = statement.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private static <T> T service(Class<T> type) throws InterruptedException {
        BundleContext context = FrameworkUtil.getBundle(PipelineTest.class).getBundleContext();
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        T service = tracker.waitForService(20_000);
        assertNotNull(service, type.getSimpleName() + " is registered");
        return service;
    }
}

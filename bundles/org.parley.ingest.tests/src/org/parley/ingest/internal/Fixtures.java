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

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.parley.store.Store;

/** Services, JSON-lines files and counts for the pipeline's tests. */
final class Fixtures {

    private Fixtures() {
    }

    static <T> T service(Class<T> type) {
        BundleContext context = FrameworkUtil.getBundle(Fixtures.class).getBundleContext();
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        try {
            T service = tracker.waitForService(20_000);
            assertNotNull(service, type.getSimpleName() + " is registered");
            return service;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    static BundleContext bundleContext() {
        return FrameworkUtil.getBundle(Fixtures.class).getBundleContext();
    }

    /** A message line of the bench connector's format. */
    static String line(String id, String author, String name, String at, String thread, String text) {
        return "{\"id\":\"" + id + "\",\"author\":\"" + author + "\",\"name\":\"" + name + "\",\"at\":\"" + at
                + "\",\"thread\":\"" + thread + "\",\"text\":\"" + text + "\"}";
    }

    /** {@code count} messages from 10 authors, ids {@code prefix-0..}. */
    static List<String> lines(String prefix, int count) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            lines.add(line(prefix + "-" + i, "author" + (i % 10) + "@example.org", "Author " + (i % 10),
                    "2026-11-" + (10 + i % 10) + "T09:00:00+01:00", prefix + "-t" + (i / 4), "Message number " + i));
        }
        return lines;
    }

    static Path write(Path file, List<String> lines) throws IOException {
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    static long count(Store store, String sql) {
        return store.query(c -> {
            try (var statement = c.createStatement(); var rs = statement.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}

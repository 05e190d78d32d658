/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.example.connector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.parley.ingest.IngestReport;
import org.parley.ingest.IngestService;
import org.parley.ingest.SecretStore;
import org.parley.ingest.Source;
import org.parley.model.Interaction;
import org.parley.store.Store;
import org.parley.store.StoreFactory;
import org.parley.store.StoreSettings;

/** The guestbook example through the real pipeline: file import, and polling a real HTTP server. */
class GuestbookConnectorTest {

    private static final String ENTRY = "{\"entry\":\"g-%d\",\"name\":\"Guest %d\",\"email\":\"Guest%d@Example.org\","
            + "\"at\":\"2026-11-0%dT10:00:00+01:00\",\"message\":\"Entry %d\",\"rating\":4}";

    @TempDir
    Path workspace;

    private Store store;
    private IngestService ingest;
    private HttpServer server;
    private final List<String> requests = new ArrayList<>();

    @BeforeEach
    void open() {
        store = service(StoreFactory.class).open(StoreSettings.embedded(workspace));
        ingest = service(IngestService.class);
        System.setProperty("parley.secrets.keyFile", workspace.resolve("secure-storage.key").toString());
    }

    @AfterEach
    void close() {
        if (server != null) {
            server.stop(0);
        }
        store.close();
    }

    @Test
    void anExportedGuestbookIsImportedWithAuthorsInLowerCaseAndRatingsAsTags() throws Exception {
        Path file = workspace.resolve("site.guestbook");
        Files.write(file, List.of(entry(1), entry(2), "{\"entry\":\"g-3\",\"name\":\"No email\"}", entry(4)));
        assertEquals(new IngestReport(3, 0, 0, 1), ingest.importPath(store, GuestbookConnector.ID, file, null));
        Interaction two = store.interactions().find("guestbook", "g-2").orElseThrow();
        assertEquals("guest2@example.org", two.getAuthor().getHandle());
        assertEquals(List.of("guestbook", "rating-4"), two.getTags());
        assertTrue(ingest.connector("guestbook").orElseThrow().canImport(file));
    }

    @Test
    void pollingSendsTheTokenAndAsksOnlyForEntriesAfterTheLastOne() throws Exception {
        serve(200);
        Source source = ingest.save(store, Source.of("guestbook", "Our site",
                Map.of("url", "http://127.0.0.1:" + server.getAddress().getPort() + "/entries"), null));
        service(SecretStore.class).put(workspace, source.id(), "token", "s3cret".toCharArray());

        assertEquals(new IngestReport(3, 0, 0, 0), ingest.pull(store, source.id(), null));
        assertEquals(new IngestReport(0, 0, 0, 0), ingest.pull(store, source.id(), null));
        assertEquals(List.of("Bearer s3cret /entries", "Bearer s3cret /entries?after=g-3"), requests);
        Source after = ingest.source(store, source.id()).orElseThrow();
        assertNotNull(after.lastRunAt());
        assertEquals(new IngestReport(0, 0, 0, 0), after.lastReport());
        assertTrue(!Files.readString(workspace.resolve(".parley/secure_storage")).contains("s3cret"),
                "the token is encrypted in secure storage");
    }

    @Test
    void aRefusedTokenFailsThePollWithAReasonRecordedOnTheSource() throws Exception {
        serve(401);
        Source source = ingest.save(store, Source.of("guestbook", "Our site",
                Map.of("url", "http://127.0.0.1:" + server.getAddress().getPort() + "/entries"), null));
        IOException e = assertThrows(IOException.class, () -> ingest.pull(store, source.id(), null));
        assertTrue(e.getMessage().contains("401"), e.getMessage());
        assertTrue(ingest.source(store, source.id()).orElseThrow().lastError().contains("API token"));
    }

    @Test
    void aSourceWithAScheduleIsPolledInTheBackgroundUntilPollingStops() throws Exception {
        serve(200);
        Source source = ingest.save(store, Source.of("guestbook", "Scheduled site",
                Map.of("url", "http://127.0.0.1:" + server.getAddress().getPort() + "/entries"), Duration.ofHours(1)));
        try (AutoCloseable polls = ingest.schedulePolls(store)) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (ingest.source(store, source.id()).orElseThrow().lastRunAt() == null
                    && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
        }
        assertEquals(3, store.interactions().count(), "the scheduled poll stored the site's entries");
        assertEquals(1, requests.size(), "polled once: the next poll is an hour away");
    }

    private void serve(int status) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/entries", exchange -> {
            String query = exchange.getRequestURI().getRawQuery();
            requests.add(exchange.getRequestHeaders().getFirst("Authorization") + " " + exchange.getRequestURI());
            byte[] body = (query == null ? entry(1) + "\n" + entry(2) + "\n" + entry(3) + "\n" : "")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, status == 200 ? (body.length == 0 ? -1 : body.length) : -1);
            if (status == 200 && body.length > 0) {
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        server.start();
    }

    private static String entry(int n) {
        return String.format(ENTRY, n, n, n, n, n);
    }

    private static <T> T service(Class<T> type) {
        var tracker = new ServiceTracker<T, T>(FrameworkUtil.getBundle(GuestbookConnectorTest.class).getBundleContext(),
                type, null);
        tracker.open();
        try {
            T service = tracker.waitForService(20_000);
            assertNotNull(service, type.getSimpleName());
            return service;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}

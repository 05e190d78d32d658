/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.connector.feed.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.parley.testing.CollectingContext;
import org.parley.testing.TestData;

/** Polling a feed served on 127.0.0.1 with ETag and Last-Modified, as a forum's server would. */
class FeedPollTest {

    private static final String ETAG = "\"v1-5f2a\"";
    private static final String MODIFIED = "Mon, 30 Nov 2026 10:00:00 GMT";

    private final FeedConnector connector = new FeedConnector();
    private final List<Map<String, String>> requests = new ArrayList<>();
    private HttpServer server;
    private byte[] feed;
    private int status = 200;

    @BeforeEach
    void serve() throws IOException {
        feed = Files.readAllBytes(TestData.file("feeds/reddit.rss"));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/r/support/.rss", this::answer);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private synchronized void answer(HttpExchange exchange) throws IOException {
        String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
        String ifModifiedSince = exchange.getRequestHeaders().getFirst("If-Modified-Since");
        requests.add(Map.of("If-None-Match", String.valueOf(ifNoneMatch), "If-Modified-Since",
                String.valueOf(ifModifiedSince)));
        if (ETAG.equals(ifNoneMatch)) {
            exchange.sendResponseHeaders(304, -1);
            exchange.close();
            return;
        }
        exchange.getResponseHeaders().add("ETag", ETAG);
        exchange.getResponseHeaders().add("Last-Modified", MODIFIED);
        exchange.getResponseHeaders().add("Content-Type", "application/rss+xml; charset=UTF-8");
        exchange.sendResponseHeaders(status, status == 200 ? feed.length : -1);
        try (OutputStream out = exchange.getResponseBody()) {
            if (status == 200) {
                out.write(feed);
            }
        }
    }

    private CollectingContext context(String resumeFrom) {
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/r/support/.rss";
        return new CollectingContext(connector, Map.of(FeedConnector.URL, url), resumeFrom);
    }

    @Test
    void theFirstPollReadsTheFeedAndTheNextAsksOnlyForChanges() throws IOException {
        CollectingContext first = context(null);
        connector.pull(first);
        assertEquals(24, first.committed().size());
        assertEquals("null", requests.get(0).get("If-None-Match"), "the first poll is unconditional");
        String position = first.lastCheckpoint();
        assertTrue(position.contains("v1-5f2a") && position.contains(MODIFIED), position);

        CollectingContext second = context(position);
        connector.pull(second);
        assertEquals(ETAG, requests.get(1).get("If-None-Match"));
        assertEquals(MODIFIED, requests.get(1).get("If-Modified-Since"));
        assertTrue(second.messages.isEmpty(), "304 Not Modified: nothing new");
        assertEquals(position, second.lastCheckpoint());
    }

    @Test
    void aServerErrorIsAClearErrorAndMovesNoCheckpoint() {
        status = 503;
        CollectingContext context = context(null);
        IOException e = assertThrows(IOException.class, () -> connector.pull(context));
        assertTrue(e.getMessage().contains("HTTP 503"), e.getMessage());
        assertNull(context.lastCheckpoint());
    }

    @Test
    void aHostileFeedOnTheServerIsQuarantinedUnderItsUrl() throws IOException {
        feed = ("<?xml version=\"1.0\"?><!DOCTYPE rss [ <!ENTITY xxe SYSTEM \"file:///etc/passwd\"> ]>"
                + "<rss version=\"2.0\"><channel><title>&xxe;</title></channel></rss>").getBytes();
        CollectingContext context = context(null);
        connector.pull(context);
        assertTrue(context.messages.isEmpty());
        assertTrue(context.quarantined.get(0).position().endsWith("/r/support/.rss"));
        assertTrue(context.quarantined.get(0).reason().contains("XXE"));
    }

    @Test
    void aPolledFeedWithOneDamagedEntryDeliversTheOthers() throws IOException {
        String text = new String(feed, StandardCharsets.UTF_8);
        int item = text.indexOf("<item>", text.indexOf("<item>") + 1);
        int title = text.indexOf("<title>", item) + "<title>".length();
        feed = (text.substring(0, title) + "AT&T " + text.substring(title)).getBytes(StandardCharsets.UTF_8);
        CollectingContext context = context(null);
        connector.pull(context);
        assertEquals(23, context.committed().size(), "every entry but the second");
        assertEquals(1, context.quarantined.size());
        assertTrue(context.quarantined.get(0).position().endsWith("/r/support/.rss entry 2 (byte "
                + text.substring(0, item).getBytes(StandardCharsets.UTF_8).length + ")"),
                context.quarantined.get(0).position());
        assertTrue(context.lastCheckpoint().contains("v1-5f2a"), "the poll's validators are kept");
    }
}

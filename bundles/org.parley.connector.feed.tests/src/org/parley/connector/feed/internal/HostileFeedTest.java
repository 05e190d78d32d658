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
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;
import org.parley.testing.CollectingContext;

/**
 * Feeds written to attack the reader: external entities (XXE) reading a local file or calling a
 * server, and entity expansion ("billion laughs"). Each is quarantined with the reason, and nothing
 * is read from the file system or the network.
 */
class HostileFeedTest {

    private final FeedConnector connector = new FeedConnector();

    @Test
    void anExternalEntityReadingALocalFileIsQuarantinedAndTheFileIsNotRead(@TempDir Path dir) throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        String feed = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [ <!ENTITY xxe SYSTEM \"" + secret.toUri()
                + "\"> ]>\n<rss version=\"2.0\"><channel><title>t</title><item><title>&xxe;</title>"
                + "<guid>x-1</guid><pubDate>Mon, 30 Nov 2026 10:00:00 GMT</pubDate></item></channel></rss>";
        CollectingContext context = importFeed(dir, feed);
        assertRefused(context);
    }

    @Test
    void anExternalEntityCallingAServerIsQuarantinedAndTheServerIsNeverAsked(@TempDir Path dir) throws IOException {
        AtomicInteger calls = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            calls.incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/evil.dtd";
            for (String feed : List.of(
                    "<?xml version=\"1.0\"?><!DOCTYPE rss SYSTEM \"" + url + "\"><rss version=\"2.0\"></rss>",
                    "<?xml version=\"1.0\"?><!DOCTYPE rss [ <!ENTITY % p SYSTEM \"" + url + "\"> %p; ]><rss/>",
                    "<?xml version=\"1.0\"?><!DOCTYPE rss [ <!ENTITY e SYSTEM \"" + url + "\"> ]><rss>&e;</rss>")) {
                assertRefused(importFeed(dir, feed));
            }
        } finally {
            server.stop(0);
        }
        assertEquals(0, calls.get(), "the server of the external DTD or entity is never asked");
    }

    @Test
    void billionLaughsIsQuarantinedWithoutExpandingAnything(@TempDir Path dir) throws IOException {
        StringBuilder entities = new StringBuilder("<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 10; i++) {
            entities.append("<!ENTITY lol").append(i).append(" \"");
            entities.append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        String feed = "<?xml version=\"1.0\"?><!DOCTYPE rss [" + entities + "]><rss version=\"2.0\"><channel>"
                + "<title>&lol10;</title></channel></rss>";
        assertRefused(importFeed(dir, feed));
    }

    @Test
    void aDoctypeHiddenInUtf16IsRefusedToo(@TempDir Path dir) throws IOException {
        String feed = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><!DOCTYPE rss [ <!ENTITY a \"b\"> ]><rss/>";
        Path file = dir.resolve("utf16.rss");
        Files.write(file, feed.getBytes(StandardCharsets.UTF_16));
        CollectingContext context = new CollectingContext(connector, Map.of(), null);
        connector.importFile(file, context);
        assertRefused(context);
    }

    private CollectingContext importFeed(Path dir, String feed) throws IOException {
        Path file = Files.createTempFile(dir, "hostile", ".rss");
        Files.writeString(file, feed);
        CollectingContext context = new CollectingContext(connector, Map.of(), null);
        connector.importFile(file, context);
        return context;
    }

    private static void assertRefused(CollectingContext context) {
        assertTrue(context.messages.isEmpty(), "nothing of a hostile feed is stored");
        assertEquals(1, context.quarantined.size());
        String reason = context.quarantined.get(0).reason();
        assertTrue(reason.contains("XXE") && reason.contains("entity expansion"), reason);
        assertTrue(context.quarantined.get(0).raw().length > 0, "the feed is kept for inspection");
    }
}

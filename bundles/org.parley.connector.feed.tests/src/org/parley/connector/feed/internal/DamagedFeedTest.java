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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.channels.InboundMessage;
import org.parley.channels.QuarantineRecord;
import org.parley.ingest.IngestReport;
import org.parley.ingest.IngestService;
import org.parley.store.Store;
import org.parley.testing.CollectingContext;
import org.parley.testing.Services;
import org.parley.testing.TestData;
import org.parley.testing.Workspaces;

import com.sun.net.httpserver.HttpServer;

/**
 * A feed that is not well-formed XML because one of its entries is damaged is read entry by entry:
 * the entries before and after the damage arrive exactly as from the undamaged feed (same ids,
 * authors, times, texts, raw XML), the damaged entry is quarantined alone with its position, and a
 * feed with a document type is still refused whole. Damage is put into copies of the real feeds.
 */
class DamagedFeedTest {

    private static final Pattern ENTRY = Pattern.compile("<(?:[A-Za-z_][\\w.-]*:)?(?:item|entry)[\\s>]");
    private static final Pattern TITLE = Pattern.compile("<title[^>]*>");

    @TempDir
    Path dir;

    private final FeedConnector connector = new FeedConnector();

    @ParameterizedTest(name = "{0}, {2} in entry {1}")
    @CsvSource({"reddit.rss, 12, 'AT&T '", "reddit.rss, 1, '<b>'", "reddit.rss, 24, '1 <2 '",
            "craigslist.rss, 13, 'AT&T '", "craigslist.rss, 25, '<b>'", "heise.atom, 8, '<b>'",
            "heise.atom, 8, '1 <2 '", "gulp-atom.atom, 5, 'AT&T '", "gulp-atom.atom, 1, '1 <2 '"})
    void theEntriesAroundADamagedOneArriveAsFromTheUndamagedFeed(String name, int damaged, String damage)
            throws IOException {
        Path original = TestData.file("feeds/" + name);
        List<InboundMessage> undamaged = read(original, Map.of()).committed();
        Path file = damage(original, damaged, damage);

        CollectingContext context = read(file, Map.of());

        List<String> expected = new ArrayList<>();
        for (int i = 0; i < undamaged.size(); i++) {
            if (i != damaged - 1) {
                expected.add(view(undamaged.get(i)));
            }
        }
        assertEquals(expected, context.committed().stream().map(DamagedFeedTest::view).toList(),
                "every entry but the damaged one, exactly as from the undamaged feed");
        assertEquals(1, context.quarantined.size(), () -> context.quarantined.toString());
        QuarantineRecord record = context.quarantined.get(0);
        assertTrue(record.position().startsWith(file.getFileName() + " entry " + damaged + " (byte "),
                record.position());
        assertTrue(record.reason().startsWith("not well-formed XML"), record.reason());
        String raw = new String(record.raw(), StandardCharsets.UTF_8);
        assertTrue(ENTRY.matcher(raw).lookingAt() && raw.contains(damage), "the damaged entry's own bytes: " + raw);
        assertEquals(1, ENTRY.matcher(raw).results().count(), "one entry: " + raw);
        assertEquals(Long.toString(undamaged.size()), context.lastCheckpoint(), "positions count every entry");
    }

    @ParameterizedTest(name = "{0}, {2} in entry {1}")
    @CsvSource({"reddit.rss, 12, 'AT&T ', 24", "craigslist.rss, 13, 'AT&T ', 25", "heise.atom, 8, '<b>', 15",
            "gulp-atom.atom, 5, 'AT&T ', 10"})
    void aReImportOfTheDamagedFeedAddsNothingAndTheUndamagedOneAddsBackTheDamagedEntry(String name, int damaged,
            String damage, int entries) throws IOException {
        Path original = TestData.file("feeds/" + name);
        Path file = damage(original, damaged, damage);
        try (Store store = Workspaces.open(dir.resolve("ws"))) {
            IngestService ingest = Services.get(IngestService.class);
            assertEquals(new IngestReport(entries - 1, 0, 0, 1, 0), ingest.importPath(store, "feed", file, null),
                    "every entry but the damaged one; before, the whole feed was quarantined");
            assertEquals(new IngestReport(0, 0, entries - 1, 1, 0), ingest.importPath(store, "feed", file, null),
                    "the same damaged file again: duplicates, the damaged entry refreshes its quarantine entry");
            assertEquals(new IngestReport(1, 0, entries - 1, 0, 0), ingest.importPath(store, "feed", original, null),
                    "the undamaged feed adds back exactly the damaged entry");
            assertEquals(entries, store.interactions().count());
        }
    }

    @Test
    void invalidUtf8InOneEntryCostsOnlyThatEntry() throws IOException {
        Path original = TestData.file("feeds/craigslist.rss");
        byte[] bytes = Files.readAllBytes(original);
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int at = text.indexOf("<title>", nth(text, ENTRY, 10)) + "<title>".length() + 12;
        for (int i = at; i < at + 3; i++) {
            bytes[i] = (byte) ~bytes[i];
        }
        Path file = dir.resolve("inverted.rss");
        Files.write(file, bytes);
        List<InboundMessage> undamaged = read(original, Map.of()).committed();
        CollectingContext context = read(file, Map.of());
        List<String> expected = new ArrayList<>(undamaged.stream().map(DamagedFeedTest::view).toList());
        expected.remove(9);
        assertEquals(expected, context.committed().stream().map(DamagedFeedTest::view).toList());
        assertEquals(1, context.quarantined.size());
        assertTrue(context.quarantined.get(0).position().startsWith("inverted.rss entry 10 (byte "));
    }

    @Test
    void aLargeDamagedFeedKeepsEveryOtherEntry() throws IOException {
        StringBuilder feed = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\">"
                + "<channel><title>Big forum</title><link>https://forum.example.org/</link>");
        int topics = 20_000;
        for (int i = 1; i <= topics; i++) {
            feed.append("<item><title>").append(i == topics / 2 ? "AT&T " : "").append("Topic ").append(i)
                    .append("</title><guid>t-").append(i).append("</guid><description>&lt;p&gt;Router drops the line")
                    .append("&lt;/p&gt;</description><pubDate>Sun, 01 Nov 2026 08:53:00 GMT</pubDate></item>\n");
        }
        Path file = dir.resolve("big.rss");
        Files.writeString(file, feed.append("</channel></rss>"));
        Path whole = dir.resolve("big-whole.rss");
        Files.writeString(whole, feed.toString().replace("AT&T", "AT&amp;T"));
        long start = System.nanoTime();
        CollectingContext undamaged = read(whole, Map.of());
        long middle = System.nanoTime();
        CollectingContext context = read(file, Map.of());
        long end = System.nanoTime();
        System.out.printf("%d topics: whole document %d ms, entry by entry %d ms%n", topics,
                (middle - start) / 1_000_000, (end - middle) / 1_000_000);
        assertEquals(topics, undamaged.committed().size());
        assertEquals(topics - 1, context.committed().size());
        assertEquals(1, context.quarantined.size());
        assertTrue(context.quarantined.get(0).position().startsWith("big.rss entry " + topics / 2 + " (byte "));
    }

    @Test
    void keywordFiltersKeepWorkingOnAFeedReadEntryByEntry() throws IOException {
        Path file = damage(TestData.file("feeds/reddit.rss"), 3, "<b>");
        CollectingContext whole = read(TestData.file("feeds/reddit.rss"), Map.of(FeedConnector.KEYWORDS, "netflix"));
        CollectingContext damaged = read(file, Map.of(FeedConnector.KEYWORDS, "netflix"));
        assertEquals(2, whole.committed().size());
        assertEquals(whole.committed().stream().map(DamagedFeedTest::view).toList(),
                damaged.committed().stream().map(DamagedFeedTest::view).toList());
        assertEquals(21, damaged.skipped, "the other readable entries are skipped by the filter");
        assertEquals(1, damaged.quarantined.size());
    }

    @Test
    void aDamagedFeedWithADocumentTypeIsStillRefusedWholeAndNothingIsFetched() throws IOException {
        AtomicInteger calls = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            calls.incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/evil";
            String feed = Files.readString(damage(TestData.file("feeds/reddit.rss"), 12, "AT&T "));
            String doctype = "<!DOCTYPE rss [ <!ENTITY xxe SYSTEM \"" + url + "\"> ]>";
            int root = feed.indexOf("<rss");
            for (String hostile : List.of(feed.substring(0, root) + doctype + feed.substring(root),
                    feed.replaceFirst("<item>", "<item>" + doctype.replace("DOCTYPE", "doctype")))) {
                Path file = dir.resolve("hostile.rss");
                Files.writeString(file, hostile);
                CollectingContext context = read(file, Map.of());
                assertTrue(context.messages.isEmpty(), "no entry of a hostile feed is read");
                assertEquals(1, context.quarantined.size());
                assertEquals("hostile.rss", context.quarantined.get(0).position(), "the feed, whole");
                assertTrue(context.quarantined.get(0).reason().contains("document type"));
                assertEquals(hostile.length(), new String(context.quarantined.get(0).raw(), StandardCharsets.UTF_8)
                        .length());
            }
        } finally {
            server.stop(0);
        }
        assertEquals(0, calls.get(), "nothing is fetched");
    }

    @Test
    void anEntryWithoutItsEndTagCostsOnlyItselfAndEndsAtTheNextEntry() throws IOException {
        String feed = Files.readString(TestData.file("feeds/heise.atom"));
        int at = nth(feed, ENTRY, 5);
        int end = feed.indexOf("</entry>", at);
        Path file = dir.resolve("cut.atom");
        Files.writeString(file, feed.substring(0, end) + feed.substring(end + "</entry>".length()));
        CollectingContext context = read(file, Map.of());
        assertEquals(14, context.committed().size());
        assertEquals(1, context.quarantined.size());
        assertTrue(context.quarantined.get(0).reason().contains("no end tag </entry>"));
        assertTrue(context.quarantined.get(0).position().startsWith("cut.atom entry 5 (byte "));

        Path truncated = dir.resolve("truncated.atom");
        Files.writeString(truncated, feed.substring(0, nth(feed, ENTRY, 15) + 40));
        CollectingContext cut = read(truncated, Map.of());
        assertEquals(14, cut.committed().size(), "a download cut off in its last entry keeps the whole ones");
        assertTrue(cut.quarantined.get(0).position().startsWith("truncated.atom entry 15"));
    }

    @Test
    void cdataHoldingEndTagsNamespacedEntriesAndCommentsDoNotMisleadTheSplit() throws IOException {
        String entry = "<a:entry><a:id>urn:e-%1$s</a:id><a:title>Question %1$s</a:title>"
                + "<a:updated>2026-11-30T10:0%1$s:00Z</a:updated><a:content type=\"html\">%2$s</a:content></a:entry>";
        String feed = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><a:feed xmlns:a=\"http://www.w3.org/2005/Atom\">"
                + "<a:title>Support forum</a:title><a:id>urn:forum</a:id><a:link href=\"https://forum.example.org/\"/>"
                + "<a:author><a:name>anna</a:name></a:author><!-- <a:entry> in a comment -->"
                + String.format(entry, 1, "<![CDATA[<p>it says </a:entry><a:entry> in the text</p>]]>")
                + String.format(entry, 2, "Reset &amp; retry, AT&T said")
                + String.format(entry, 3, "<![CDATA[ok <!-- </a:entry> -->]]>") + "</a:feed>";
        Path whole = dir.resolve("whole.atom");
        Files.writeString(whole, feed.replace("AT&T", "AT&amp;T"));
        List<InboundMessage> undamaged = read(whole, Map.of()).committed();
        Path file = dir.resolve("prefixed.atom");
        Files.writeString(file, feed);
        CollectingContext context = read(file, Map.of());
        assertEquals(List.of("urn:e-1", "urn:e-3"), context.committed().stream().map(InboundMessage::externalId)
                .toList());
        assertEquals(List.of(view(undamaged.get(0)), view(undamaged.get(2))),
                context.committed().stream().map(DamagedFeedTest::view).toList(), "as from the undamaged feed");
        assertTrue(new String(context.committed().get(0).raw(), StandardCharsets.UTF_8)
                .contains("it says </a:entry><a:entry> in the text"));
        assertEquals("anna@forum.example.org", context.committed().get(0).author().handle());
        assertTrue(context.quarantined.get(0).position().startsWith("prefixed.atom entry 2 (byte "));

        CollectingContext resumed = new CollectingContext(connector, Map.of(), "2");
        connector.importFile(file, resumed);
        assertEquals(List.of("urn:e-3"), resumed.committed().stream().map(InboundMessage::externalId).toList());
        assertTrue(resumed.quarantined.isEmpty(), "a resumed import starts after the checkpointed entries");
    }

    @Test
    void aFeedWhoseHeadIsDamagedIsQuarantinedWholeSayingSo() throws IOException {
        String feed = Files.readString(TestData.file("feeds/gulp-atom.atom"));
        Path file = dir.resolve("head.atom");
        Files.writeString(file, feed.replaceFirst("<title>Release notes from gulp</title>", "<title>Release & notes"));
        CollectingContext context = read(file, Map.of());
        assertTrue(context.messages.isEmpty());
        assertEquals(1, context.quarantined.size());
        assertEquals("head.atom", context.quarantined.get(0).position());
        assertTrue(context.quarantined.get(0).reason().contains("the feed's head"), context.quarantined.get(0)
                .reason());
    }

    private CollectingContext read(Path file, Map<String, String> settings) throws IOException {
        CollectingContext context = new CollectingContext(connector, settings, null);
        connector.importFile(file, context);
        return context;
    }

    /**
     * A copy of the feed with {@code damage} at the start of the title of entry {@code entry} (from 1).
     */
    private Path damage(Path original, int entry, String damage) throws IOException {
        String feed = Files.readString(original);
        Matcher title = TITLE.matcher(feed);
        assertTrue(title.find(nth(feed, ENTRY, entry)));
        Path file = dir.resolve("damaged-" + entry + "-" + original.getFileName());
        Files.writeString(file, feed.substring(0, title.end()) + damage + feed.substring(title.end()));
        return file;
    }

    private static int nth(String text, Pattern pattern, int n) {
        Matcher matcher = pattern.matcher(text);
        for (int i = 0; i < n; i++) {
            assertTrue(matcher.find(), "entry " + n);
        }
        return matcher.start();
    }

    /** What a user sees of a message, raw XML included. */
    private static String view(InboundMessage m) {
        return String.join(" | ", m.channel(), m.externalId(), m.threadId(), m.author().handle(),
                m.author().displayName(), String.valueOf(m.occurredAt()), String.valueOf(m.subject()), m.text(),
                String.valueOf(m.language()), String.valueOf(m.link()), String.valueOf(m.tags()),
                new String(m.raw(), StandardCharsets.UTF_8));
    }
}

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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.channels.InboundMessage;
import org.parley.testing.CollectingContext;
import org.parley.testing.TestData;

/** Importing the real feeds of {@code shared/data/feeds/} (Rome inside OSGi) and broken ones. */
class FeedImportTest {

    private final FeedConnector connector = new FeedConnector();

    @ParameterizedTest
    @CsvSource({"reddit.rss, 24", "reddit-atom.rss, 24", "reddit-home.rss, 24", "craigslist.rss, 25",
            "heise.atom, 15", "gulp-atom.atom, 10"})
    void everyEntryOfARealFeedArrivesAsAForumPost(String name, int entries) throws IOException {
        Path feed = TestData.file("feeds/" + name);
        assertTrue(connector.canImport(feed));
        CollectingContext context = new CollectingContext(connector, Map.of(), null);

        connector.importFile(feed, context);

        assertTrue(context.quarantined.isEmpty(), () -> context.quarantined.toString());
        assertEquals(entries, context.committed().size());
        assertEquals(entries, context.messages.stream().map(InboundMessage::externalId).distinct().count(),
                "every entry has its own id");
        assertTrue(context.messages.stream().allMatch(m -> "forum".equals(m.channel())));
        assertEquals(List.of(), context.messages.stream().map(InboundMessage::text)
                .filter(t -> t.contains("<p>") || t.contains("&lt;") || t.contains("<a href")).toList(),
                "text is plain");
        assertTrue(context.messages.stream().allMatch(m -> m.raw().length > 0 && m.subject() != null));
        assertEquals(Long.toString(entries), context.lastCheckpoint());
    }

    @Test
    void anAtomEntryKeepsItsAuthorScopedToTheSiteItsLinkAndItsDate() throws IOException {
        CollectingContext context = new CollectingContext(connector, Map.of(), null);
        connector.importFile(TestData.file("feeds/heise.atom"), context);

        InboundMessage first = context.messages.get(0);
        assertEquals("http://heise.de/-3088438", first.externalId());
        assertEquals("Java-Anwendungsserver: Red Hat gibt WildFly 10 frei", first.subject());
        assertEquals("heise online@heise.de", first.author().handle());
        assertEquals("heise online", first.author().displayName());
        assertEquals("2016-02-01T16:22Z", first.occurredAt().toString());
        assertTrue(first.link().toString().startsWith("http://www.heise.de/developer/meldung/"));
        assertTrue(first.text().contains("Enterprise-Java-Servers"), first.text());
        assertTrue(new String(first.raw(), java.nio.charset.StandardCharsets.UTF_8).startsWith("<entry"));
    }

    @Test
    void redditCategoriesBecomeTagsBesideTheSourcesTags() throws IOException {
        CollectingContext context = new CollectingContext(connector, Map.of(FeedConnector.TAGS, "community, reddit"),
                null);
        connector.importFile(TestData.file("feeds/reddit.rss"), context);
        InboundMessage first = context.messages.get(0);
        assertEquals(List.of("community", "reddit", "funny"), first.tags());
    }

    @Test
    void aReviewFeedIsRecognisedAndTheSettingWins(@TempDir Path dir) throws IOException {
        Path reviews = dir.resolve("reviews.xml");
        Files.writeString(reviews, "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Acme product "
                + "reviews</title><link>https://reviews.example.com/acme</link><item><title>Broke after a week</title>"
                + "<description>One star. The hinge snapped.</description><guid>r-1</guid>"
                + "<pubDate>Mon, 30 Nov 2026 10:00:00 GMT</pubDate><author>pat@example.com (Pat)</author></item>"
                + "</channel></rss>");
        assertTrue(connector.canImport(reviews));
        CollectingContext auto = new CollectingContext(connector, Map.of(), null);
        connector.importFile(reviews, auto);
        assertEquals("review", auto.messages.get(0).channel());
        assertEquals("One star. The hinge snapped.", auto.messages.get(0).text());

        CollectingContext forced = new CollectingContext(connector, Map.of(FeedConnector.CHANNEL, "forum"), null);
        connector.importFile(reviews, forced);
        assertEquals("forum", forced.messages.get(0).channel());
    }

    @Test
    void anEntryWithoutADateIsQuarantinedAloneAndAResumedImportSkipsTheCommittedOnes(@TempDir Path dir)
            throws IOException {
        Path feed = dir.resolve("forum.rss");
        Files.writeString(feed, "<rss version=\"2.0\"><channel><title>Support forum</title>"
                + "<link>https://forum.example.org/</link>" + item("1", true) + item("2", false) + item("3", true)
                + "</channel></rss>");
        CollectingContext context = new CollectingContext(connector, Map.of(), null);
        connector.importFile(feed, context);
        assertEquals(List.of("t-1", "t-3"), context.committed().stream().map(InboundMessage::externalId).toList());
        assertEquals(1, context.quarantined.size());
        assertTrue(context.quarantined.get(0).reason().contains("no date"));
        assertTrue(context.quarantined.get(0).position().endsWith("entry 2"));
        assertTrue(new String(context.quarantined.get(0).raw(), java.nio.charset.StandardCharsets.UTF_8)
                .contains("<guid>t-2</guid>"));

        CollectingContext resumed = new CollectingContext(connector, Map.of(), "2");
        connector.importFile(feed, resumed);
        assertEquals(List.of("t-3"), resumed.committed().stream().map(InboundMessage::externalId).toList());
    }

    @Test
    void aFeedCutOffBeforeItsFirstEntryIsQuarantinedWhole(@TempDir Path dir) throws IOException {
        Path feed = dir.resolve("broken.rss");
        Files.writeString(feed, "<rss version=\"2.0\"><channel><title>cut off");
        CollectingContext context = connector(feed);
        assertTrue(context.messages.isEmpty());
        assertEquals(1, context.quarantined.size());
        assertEquals("broken.rss", context.quarantined.get(0).position());
        assertTrue(context.quarantined.get(0).reason().contains("not well-formed"),
                context.quarantined.get(0).reason());
        assertFalse(connector.canImport(dir.resolve("notes.txt")));
    }

    @Test
    void aFeedCutOffInsideAnEntryQuarantinesThatEntry(@TempDir Path dir) throws IOException {
        Path feed = dir.resolve("broken.rss");
        Files.writeString(feed, "<rss version=\"2.0\"><channel><title>cut off</title>" + item("1", true)
                + "<item><title>a");
        CollectingContext context = connector(feed);
        assertEquals(List.of("t-1"), context.committed().stream().map(InboundMessage::externalId).toList());
        assertEquals(1, context.quarantined.size());
        assertTrue(context.quarantined.get(0).position().startsWith("broken.rss entry 2 (byte "));
        assertTrue(context.quarantined.get(0).reason().contains("not well-formed"),
                context.quarantined.get(0).reason());
        Set<String> ids = context.messages.stream().map(InboundMessage::externalId).collect(Collectors.toSet());
        assertEquals(Set.of("t-1"), ids);
    }

    private CollectingContext connector(Path feed) throws IOException {
        CollectingContext context = new CollectingContext(connector, Map.of(), null);
        connector.importFile(feed, context);
        return context;
    }

    private static String item(String id, boolean dated) {
        return "<item><title>Question " + id + "</title><description>&lt;p&gt;How do I reset my router?&lt;/p&gt;"
                + "</description><guid>t-" + id + "</guid><dc:creator xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                + "anna</dc:creator>" + (dated ? "<pubDate>Mon, 30 Nov 2026 10:0" + id + ":00 GMT</pubDate>" : "")
                + "</item>";
    }
}

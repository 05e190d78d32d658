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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.channels.InboundMessage;
import org.parley.channels.MessageDirection;
import org.parley.channels.QuarantineRecord;
import org.parley.testing.CollectingContext;
import org.parley.testing.TestData;

/** Importing the real account archive {@code shared/data/x-archive/tweets.js} and broken ones. */
class ArchiveImportTest {

    private final XConnector connector = new XConnector();

    @Test
    void everyTweetOfTheRealArchiveArrivesWrittenByItsOwner() throws IOException {
        Path archive = TestData.file("x-archive/tweets.js");
        assertTrue(connector.canImport(archive));
        CollectingContext context = new CollectingContext(connector, Map.of(), null);

        connector.importFile(archive, context);

        assertEquals(60, context.committed().size(), "all 60 tweets, committed by the final checkpoint");
        assertTrue(context.quarantined.isEmpty(), () -> context.quarantined.toString());
        assertEquals(Set.of("milahu104", "stephanrpalm", "maxblumenthal", "djpr", "utobian", "artemisfornow"),
                context.messages.stream().map(m -> m.author().handle()).collect(Collectors.toSet()),
                "the owner (found through a reply to one of the archive's tweets) and the authors of retweets");
        assertEquals(55, context.messages.stream().filter(m -> m.direction() == MessageDirection.OUTBOUND).count(),
                "the owner's tweets and own retweets are the brand's; five retweets repeat others' words");
        InboundMessage retweet = byId(context.messages, "2028526947068735731");
        assertEquals("Toby Rogers", retweet.author().displayName());
        assertEquals(MessageDirection.INBOUND, retweet.direction());
        assertEquals(60, context.messages.stream().map(InboundMessage::externalId).distinct().count());
    }

    @Test
    void aReplyCarriesItsParentTheThreadRootLanguageReachAndLink() throws IOException {
        CollectingContext context = new CollectingContext(connector, Map.of(), null);
        connector.importFile(TestData.file("x-archive/tweets.js"), context);

        InboundMessage first = byId(context.messages, "2029905358261502168");
        assertEquals("2029903943413772741", first.parentId());
        assertEquals("https://x.com/i/web/status/2029905358261502168", first.link().toString());
        assertNull(first.language(), "X's 'qme' (media only) names no language");
        assertTrue(first.text().contains("https://x.com/milahu104/status/2027739112069878026"),
                "the t.co link is replaced by the link it stands for: " + first.text());
        assertEquals(first.threadId(), byId(context.messages, "2029903943413772741").threadId(),
                "a self-reply joins the conversation of the tweet it answers");
        assertTrue(context.messages.stream().anyMatch(m -> "de".equals(m.language())));
        assertTrue(context.messages.stream().anyMatch(m -> "en".equals(m.language())));
        assertTrue(context.messages.stream().noneMatch(m -> m.text().contains("&amp;")));
        assertTrue(context.messages.stream().allMatch(m -> m.reach() != null && m.reach() >= 0));
    }

    @Test
    void aResumedImportStartsAfterTheCheckpoint() throws IOException {
        Path archive = TestData.file("x-archive/tweets.js");
        CollectingContext stopped = new CollectingContext(connector, Map.of(), null).cancelAfter(25);
        connector.importFile(archive, stopped);
        assertTrue(stopped.committed().size() < 25, "a cancelled run does not pretend to be complete");

        CollectingContext resumed = new CollectingContext(connector, Map.of(), "40");
        connector.importFile(archive, resumed);
        assertEquals(20, resumed.committed().size(), "tweets 41 to 60");
        assertEquals("60", resumed.lastCheckpoint());
    }

    @Test
    void badTweetsAreQuarantinedAndTheRestIsRead(@TempDir Path dir) throws IOException {
        Path archive = dir.resolve("tweets.js");
        Files.writeString(archive, "window.YTD.tweets.part0 = [\n" + tweet("1", "Mon Jan 05 10:00:00 +0000 2026")
                + ",\n" + tweet("2", "yesterday") + ",\n" + tweet("3", "Mon Jan 05 11:00:00 +0000 2026") + ",\n"
                + "{\"tweet\": {\"id_str\": \"4\", \"full_text\": \"cut off", StandardCharsets.UTF_8);
        CollectingContext context = new CollectingContext(connector, Map.of(XConnector.ACCOUNT_USERNAME, "@Brand"),
                null);

        connector.importFile(archive, context);

        assertEquals(List.of("1", "3"), context.committed().stream().map(InboundMessage::externalId).toList());
        assertEquals("brand", context.messages.get(0).author().handle());
        assertEquals(2, context.quarantined.size());
        assertTrue(context.quarantined.get(0).reason().contains("created_at"), context.quarantined.get(0).reason());
        assertTrue(context.quarantined.get(0).position().contains("tweet 2"));
        assertTrue(new String(context.quarantined.get(0).raw(), StandardCharsets.UTF_8).contains("yesterday"));
        assertTrue(context.quarantined.get(1).reason().contains("cut off"), context.quarantined.get(1).reason());
    }

    @Test
    void aTruncatedCopyOfTheRealArchiveKeepsEveryWholeTweetAndQuarantinesOnlyTheCutTail(@TempDir Path dir)
            throws IOException {
        byte[] all = Files.readAllBytes(TestData.file("x-archive/tweets.js"));
        CollectingContext full = new CollectingContext(connector, Map.of(), null);
        connector.importFile(TestData.file("x-archive/tweets.js"), full);
        Path archive = dir.resolve("tweets.js");
        byte[] cut = Arrays.copyOf(all, all.length / 2);
        Files.write(archive, cut);
        CollectingContext context = new CollectingContext(connector, Map.of(), null);

        connector.importFile(archive, context);

        List<String> kept = context.committed().stream().map(InboundMessage::externalId).toList();
        assertTrue(kept.size() > 10 && kept.size() < 60, "the whole tweets of the first half: " + kept.size());
        assertEquals(full.committed().stream().map(InboundMessage::externalId).limit(kept.size()).toList(), kept,
                "the same tweets as the whole archive's first ones");
        assertEquals(1, context.quarantined.size(), () -> context.quarantined.toString());
        QuarantineRecord tail = context.quarantined.get(0);
        assertTrue(tail.reason().contains("cut off"), tail.reason());
        assertTrue(tail.position().startsWith("tweets.js from line "), tail.position());
        byte[] raw = tail.raw();
        assertTrue(raw.length > 0 && raw.length < cut.length, "the broken tail's bytes are kept");
        assertEquals(new String(Arrays.copyOfRange(cut, cut.length - raw.length, cut.length), StandardCharsets.UTF_8),
                new String(raw, StandardCharsets.UTF_8), "the raw bytes are the end of the file");
        assertTrue(new String(raw, StandardCharsets.UTF_8).startsWith("{"), "from the start of the cut record");
    }

    @Test
    void anArchiveCutInsideItsSecondTweetIsQuarantinedAsTruncatedNotForAnUnknownOwner(@TempDir Path dir)
            throws IOException {
        byte[] all = Files.readAllBytes(TestData.file("x-archive/tweets.js"));
        Path archive = dir.resolve("tweets.js");
        Files.write(archive, Arrays.copyOf(all, 3000));
        CollectingContext context = new CollectingContext(connector, Map.of(), null);

        connector.importFile(archive, context);

        assertEquals(1, context.committed().size(), "the one whole tweet before the cut");
        assertEquals(1, context.quarantined.size());
        assertTrue(context.quarantined.get(0).reason().contains("truncated"), context.quarantined.get(0).reason());
        assertFalse(context.quarantined.get(0).reason().contains("owner"));
    }

    @Test
    void withoutAccountJsOrSettingTheTweetsAreStillImportedUnderAPlaceholderOwner(@TempDir Path dir)
            throws IOException {
        Path archive = dir.resolve("tweets.js");
        Files.writeString(archive, "window.YTD.tweets.part0 = [\n" + tweet("1", "Mon Jan 05 10:00:00 +0000 2026")
                + ",\n" + tweet("2", "yesterday") + ",\n" + tweet("3", "Mon Jan 05 11:00:00 +0000 2026") + "\n]",
                StandardCharsets.UTF_8);
        CollectingContext context = new CollectingContext(connector, Map.of(), null);

        connector.importFile(archive, context);

        assertEquals(List.of("1", "3"), context.committed().stream().map(InboundMessage::externalId).toList());
        assertEquals(ArchiveOwner.UNKNOWN, context.committed().get(0).author().handle());
        assertEquals(1, context.quarantined.size());
        assertTrue(context.quarantined.get(0).reason().contains("created_at"), context.quarantined.get(0).reason());

        CollectingContext withId = new CollectingContext(connector, Map.of(XConnector.USER_ID, "2710"), null);
        connector.importFile(archive, withId);
        assertEquals("id:2710", withId.committed().get(0).author().handle(), "the account id names the owner");
    }

    @Test
    void theOwnerComesFromAccountJsBesideTheArchive(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("account.js"), "window.YTD.account.part0 = [ {\"account\": {\"username\": "
                + "\"AcmeSupport\", \"accountId\": \"42\", \"accountDisplayName\": \"Acme Support\"}} ]");
        Path archive = dir.resolve("tweets-part1.js");
        Files.writeString(archive,
                "window.YTD.tweets.part1 = [ " + tweet("7", "Mon Jan 05 10:00:00 +0000 2026") + " ]");
        assertTrue(connector.canImport(archive));
        CollectingContext context = new CollectingContext(connector, Map.of(), null);

        connector.importFile(archive, context);

        assertEquals("acmesupport", context.committed().get(0).author().handle());
        assertEquals("Acme Support", context.committed().get(0).author().displayName());
    }

    @Test
    void aFileThatIsNoArchiveIsRefusedAsAWhole(@TempDir Path dir) throws IOException {
        Path other = dir.resolve("tweets.js");
        Files.writeString(other, "console.log('hello')");
        IOException e = assertThrows(IOException.class,
                () -> connector.importFile(other, new CollectingContext(connector, Map.of(), null)));
        assertTrue(e.getMessage().contains("not an X archive"), e.getMessage());
        assertFalse(connector.canImport(dir.resolve("likes.js")));
    }

    private static String tweet(String id, String createdAt) {
        return "{\"tweet\": {\"id_str\": \"" + id + "\", \"created_at\": \"" + createdAt
                + "\", \"full_text\": \"Order " + id + " arrived broken &amp; late\", \"lang\": \"en\", "
                + "\"favorite_count\": \"2\", \"retweet_count\": \"1\"}}";
    }

    static InboundMessage byId(List<InboundMessage> messages, String id) {
        return messages.stream().filter(m -> m.externalId().equals(id)).findFirst().orElseThrow();
    }
}

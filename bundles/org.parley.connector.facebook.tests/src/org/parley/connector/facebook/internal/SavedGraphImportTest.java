/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.connector.facebook.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.channels.InboundMessage;
import org.parley.channels.MessageDirection;
import org.parley.testing.CollectingContext;
import org.parley.testing.TestData;

/**
 * Importing the real saved Graph API responses of {@code shared/data/facebook/} and broken ones.
 */
class SavedGraphImportTest {

    private final FacebookConnector connector = new FacebookConnector();

    @Test
    void postsOfAPageArriveWithTheirNestedComments() throws IOException {
        Path feed = TestData.file("facebook/post_feed.json");
        assertTrue(connector.canImport(feed));
        CollectingContext context = new CollectingContext(connector, Map.of(), null);

        connector.importFile(feed, context);

        assertTrue(context.quarantined.isEmpty(), () -> context.quarantined.toString());
        assertEquals(8, context.committed().size(), "6 posts and the 2 comments nested in them");
        InboundMessage post = byId(context.messages, "1234567890123456_500000000000003");
        assertEquals(MessageDirection.OUTBOUND, post.direction(), "the page's own post is the brand's");
        assertEquals(post.externalId(), post.threadId());
        InboundMessage comment = byId(context.messages, "500000000000003_51515151");
        assertEquals(MessageDirection.INBOUND, comment.direction());
        assertEquals("1234567890123456_500000000000003", comment.parentId());
        assertEquals("1234567890123456_500000000000003", comment.threadId());
        assertEquals("Comment Name31", comment.author().displayName());
        assertEquals("696969696969", comment.author().handle());
        assertEquals("My Name added a new photo.", byId(context.messages, "1234567890123456_500000000000005").text(),
                "a post without a message shows its story");
        assertEquals("https://www.facebook.com/1234567890123456/posts/500000000000001",
                byId(context.messages, "1234567890123456_500000000000001").link().toString());
        assertEquals("6", context.lastCheckpoint(), "the position counts the top-level posts");
    }

    @Test
    void aSavedPageOfCommentsIsThreadedToThePostItsPagingNames() throws IOException {
        CollectingContext context = new CollectingContext(connector, Map.of(), null);
        connector.importFile(TestData.file("facebook/post_comments.json"), context);

        assertEquals(25, context.committed().size());
        assertTrue(context.messages.stream().allMatch(m -> "216311481960_10201168076257947".equals(m.threadId())));
        assertTrue(context.messages.stream().allMatch(m -> m.direction() == MessageDirection.INBOUND));
        assertEquals("I love u", byId(context.messages, "10201168076257947_64183648").text());
    }

    @Test
    void aResumedImportSkipsWhatWasCommitted() throws IOException {
        CollectingContext context = new CollectingContext(connector, Map.of(), "20");
        connector.importFile(TestData.file("facebook/post_comments.json"), context);
        assertEquals(5, context.committed().size());
        assertEquals("25", context.lastCheckpoint());
    }

    @Test
    void aSavedErrorOrBrokenJsonIsQuarantinedWithItsReason(@TempDir Path dir) throws IOException {
        Path error = dir.resolve("expired.json");
        try (var in = SavedGraphImportTest.class.getResourceAsStream("/recorded/facebook/expired-token.json")) {
            Files.write(error, in.readAllBytes());
        }
        assertTrue(connector.canImport(error));
        CollectingContext context = new CollectingContext(connector, Map.of(), null);
        connector.importFile(error, context);
        assertTrue(context.messages.isEmpty());
        assertTrue(context.quarantined.get(0).reason().contains("OAuthException 190"),
                context.quarantined.get(0).reason());

        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"data\": [ {\"id\": \"1_2\", \"created_time\": \"2026-11-30T10:00:00+0000\"");
        CollectingContext second = new CollectingContext(connector, Map.of(), null);
        connector.importFile(broken, second);
        assertTrue(second.quarantined.get(0).reason().startsWith("invalid JSON"), second.quarantined.get(0).reason());
    }

    @Test
    void aPostWithoutATimeIsQuarantinedAndTheOthersAreRead(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("feed.json");
        Files.writeString(file, "{\"data\": [ {\"id\": \"1_2\", \"message\": \"no time\"}, "
                + "{\"id\": \"1_3\", \"message\": \"hello\", \"created_time\": \"2026-11-30T10:00:00+0000\", "
                + "\"from\": {\"id\": \"1\", \"name\": \"Page\"}} ]}");
        CollectingContext context = new CollectingContext(connector, Map.of(), null);
        connector.importFile(file, context);
        assertEquals(List.of("1_3"), context.committed().stream().map(InboundMessage::externalId).toList());
        assertEquals(1, context.quarantined.size());
        assertTrue(context.quarantined.get(0).position().contains("object 1"));
    }

    static InboundMessage byId(List<InboundMessage> messages, String id) {
        return messages.stream().filter(m -> m.externalId().equals(id)).findFirst().orElseThrow();
    }
}

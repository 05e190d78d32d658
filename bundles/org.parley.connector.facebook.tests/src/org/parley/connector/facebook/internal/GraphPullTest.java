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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.parley.channels.InboundMessage;
import org.parley.channels.MessageDirection;
import org.parley.testing.CollectingContext;
import org.parley.testing.RecordedApi;

/** Pulling a page through recorded Graph API responses served on 127.0.0.1. */
class GraphPullTest {

    private static final String TOKEN = "EAAB-page-token-never-shown";

    private final FacebookConnector connector = new FacebookConnector();

    private CollectingContext context(RecordedApi api, String resumeFrom) {
        return new CollectingContext(connector, Map.of(FacebookConnector.PAGE_ID, "104000000000001",
                FacebookConnector.API_BASE_URL, api.base() + "/v19.0"), resumeFrom)
                .secret(FacebookConnector.PAGE_TOKEN, TOKEN);
    }

    @Test
    void postsCommentsAndConversationsArriveAcrossPages() throws IOException {
        try (RecordedApi api = new RecordedApi(GraphPullTest.class).reply("facebook/feed-page1.json")
                .reply("facebook/comments-page2.json").reply("facebook/feed-page2.json")
                .reply("facebook/conversations.json")) {
            CollectingContext context = context(api, null);

            connector.pull(context);

            assertEquals(List.of("104000000000001_871000000000002", "871000000000002_9120000001",
                    "871000000000002_9120000002", "871000000000002_9120000003", "104000000000001_871000000000001",
                    "m_AbCdEfGh0002", "m_AbCdEfGh0001"),
                    context.committed().stream().map(InboundMessage::externalId).toList());
            InboundMessage complaint = context.messages.get(1);
            assertEquals(MessageDirection.INBOUND, complaint.direction());
            assertEquals("6100000000042", complaint.author().handle());
            assertEquals("104000000000001_871000000000002", complaint.threadId());
            InboundMessage answer = context.messages.get(2);
            assertEquals(MessageDirection.OUTBOUND, answer.direction());
            assertEquals("871000000000002_9120000001", answer.parentId(), "a reply to a comment");
            assertEquals(64, context.messages.get(0).reach(), "4 shares, 57 reactions and 3 comments");
            InboundMessage privateMessage = context.messages.get(5);
            assertEquals("t_10160000000000001", privateMessage.threadId());
            assertEquals("6100000000042@facebook.com", privateMessage.author().email());
            assertEquals(1, context.quarantined.size(), "the post without created_time");
            assertEquals("2026-11-30T13:05:00Z", context.lastCheckpoint(), "the newest created_time");

            assertTrue(api.requests.stream().allMatch(r -> ("Bearer " + TOKEN).equals(r.authorization())));
            assertTrue(api.requests.stream().noneMatch(r -> String.valueOf(r.uri()).contains("access_token")),
                    "the token in Facebook's paging links is never sent back in a URL");
            assertEquals("/v19.0/104000000000001/feed", api.requests.get(0).uri().getPath());
            assertEquals("/v19.0/104000000000001_871000000000002/comments", api.requests.get(1).uri().getPath());
            assertEquals("/v19.0/104000000000001/conversations", api.requests.get(3).uri().getPath());
        }
    }

    @Test
    void theNextPullAsksForPostsSinceTheCheckpointLessTheLookBack() throws IOException {
        try (RecordedApi api = new RecordedApi(GraphPullTest.class).reply("facebook/empty.json")
                .reply("facebook/empty.json")) {
            CollectingContext context = context(api, "2026-11-30T13:05:00Z");
            connector.pull(context);
            String query = api.requests.get(0).uri().getQuery();
            long sevenDaysBefore = java.time.Instant.parse("2026-11-23T13:05:00Z").getEpochSecond();
            assertTrue(query.contains("since=" + sevenDaysBefore), query);
            assertEquals("2026-11-30T13:05:00Z", context.lastCheckpoint(), "nothing newer: the checkpoint stays");
        }
    }

    @Test
    void anExpiredTokenIsAClearErrorThatDoesNotShowTheToken() throws IOException {
        try (RecordedApi api = new RecordedApi(GraphPullTest.class).reply(400, Map.of(),
                "facebook/expired-token.json")) {
            IOException e = assertThrows(IOException.class, () -> connector.pull(context(api, null)));
            assertTrue(e.getMessage().contains("OAuthException 190") && e.getMessage().contains("renew"),
                    e.getMessage());
            assertFalse(e.getMessage().contains(TOKEN));
        }
    }

    @Test
    void aPagingLinkToAnotherServerIsNotFollowed() throws IOException {
        try (RecordedApi api = new RecordedApi(GraphPullTest.class).reply("facebook/foreign-next.json")) {
            IOException e = assertThrows(IOException.class, () -> connector.pull(context(api, null)));
            assertTrue(e.getMessage().contains("another server"), e.getMessage());
            assertEquals(1, api.requests.size());
        }
    }

    @Test
    void withoutAPageIdOrTokenThePullExplainsWhatIsMissing() {
        CollectingContext noPage = new CollectingContext(connector, Map.of(), null);
        assertTrue(assertThrows(IOException.class, () -> connector.pull(noPage)).getMessage().contains("page id"));
        CollectingContext noToken = new CollectingContext(connector, Map.of(FacebookConnector.PAGE_ID, "1"), null);
        assertTrue(assertThrows(IOException.class, () -> connector.pull(noToken)).getMessage()
                .contains("access token is not set"));
    }
}

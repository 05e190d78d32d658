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
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.parley.channels.InboundMessage;
import org.parley.channels.MessageDirection;
import org.parley.testing.CollectingContext;
import org.parley.testing.RecordedApi;

/** Pulling mentions from recorded X API v2 responses served on 127.0.0.1. */
class MentionsPullTest {

    private static final String TOKEN = "AAAA-test-bearer-token-never-shown";

    private final XConnector connector = new XConnector();

    private CollectingContext context(RecordedApi api, String resumeFrom) {
        return new CollectingContext(connector, Map.of(XConnector.USER_ID, "1111111111", XConnector.API_BASE_URL,
                api.base(), XConnector.MAX_RATE_LIMIT_WAIT, "5"), resumeFrom).secret(XConnector.BEARER_TOKEN, TOKEN);
    }

    @Test
    void mentionsArriveWithTheirAuthorsAcrossPagesAndABadTweetIsQuarantined() throws IOException {
        try (RecordedApi api = new RecordedApi(MentionsPullTest.class).reply("x/mentions-page1.json")
                .reply("x/mentions-page2.json")) {
            CollectingContext context = context(api, null);

            connector.pull(context);

            assertEquals(List.of("1870000000000000005", "1870000000000000004", "1870000000000000002"),
                    context.committed().stream().map(InboundMessage::externalId).toList());
            InboundMessage complaint = context.messages.get(0);
            assertEquals("danaloud", complaint.author().handle());
            assertEquals(52310, complaint.author().followers());
            assertTrue(complaint.author().verified());
            assertEquals(MessageDirection.INBOUND, complaint.direction());
            assertEquals("1870000000000000001", complaint.threadId());
            assertEquals("1870000000000000001", complaint.parentId());
            assertEquals(56, complaint.reach());
            assertEquals(List.of("#fail"), complaint.tags());
            assertTrue(complaint.text().contains("broken & nobody") && complaint.text().contains("example.com/photo"),
                    complaint.text());
            assertEquals("de", context.messages.get(1).language());
            assertNull(context.messages.get(1).parentId());
            assertEquals(1, context.quarantined.size());
            assertTrue(context.quarantined.get(0).reason().contains("created_at"));
            assertEquals("since=1870000000000000005", context.lastCheckpoint());

            assertEquals("Bearer " + TOKEN, api.requests.get(0).authorization());
            String second = api.requests.get(1).uri().getQuery();
            assertTrue(second.contains("pagination_token=7140dibdnow9c7btw481s8m561gat797rboud5r80xvzm"), second);
            assertTrue(api.requests.get(0).uri().getPath().equals("/2/users/1111111111/mentions"));
            assertTrue(api.requests.get(0).uri().getQuery().contains("expansions=author_id"));
        }
    }

    @Test
    void theNextPullAsksOnlyForNewerMentions() throws IOException {
        try (RecordedApi api = new RecordedApi(MentionsPullTest.class).reply("x/mentions-empty.json")) {
            CollectingContext context = context(api, "since=1870000000000000005");
            connector.pull(context);
            assertTrue(context.messages.isEmpty());
            assertTrue(api.requests.get(0).uri().getQuery().contains("since_id=1870000000000000005"));
            assertEquals("since=1870000000000000005", context.lastCheckpoint());
        }
    }

    @Test
    void aPullStoppedHalfWayGoesOnFromTheOldestTweetItReached() throws IOException {
        try (RecordedApi api = new RecordedApi(MentionsPullTest.class).reply("x/mentions-page1.json")
                .reply("x/mentions-page2.json")) {
            CollectingContext first = context(api, null).cancelAfter(2);
            connector.pull(first);
            assertEquals(2, first.committed().size());
            String position = first.lastCheckpoint();
            assertEquals("until=1870000000000000004;newest=1870000000000000005", position);

            CollectingContext resumed = context(api, position);
            connector.pull(resumed);
            assertTrue(api.requests.get(1).uri().getQuery().contains("until_id=1870000000000000004"));
            assertEquals(List.of("1870000000000000002"),
                    resumed.committed().stream().map(InboundMessage::externalId).toList());
            assertEquals("since=1870000000000000005", resumed.lastCheckpoint());
        }
    }

    @Test
    void aRateLimitIsWaitedOutThenThePullGoesOn() throws IOException {
        try (RecordedApi api = new RecordedApi(MentionsPullTest.class)
                .reply(429, Map.of("Retry-After", "1"), "x/too-many-requests.json")
                .reply("x/mentions-page2.json")) {
            CollectingContext context = context(api, null);
            connector.pull(context);
            assertEquals(2, api.requests.size(), "asked again after the wait");
            assertEquals(1, context.committed().size());
        }
    }

    @Test
    void aRateLimitResettingTooLateStopsWithAClearError() throws IOException {
        String reset = Long.toString(Instant.now().plusSeconds(3600).getEpochSecond());
        try (RecordedApi api = new RecordedApi(MentionsPullTest.class).reply(429, Map.of("x-rate-limit-reset", reset),
                "x/too-many-requests.json")) {
            IOException e = assertThrows(IOException.class, () -> connector.pull(context(api, null)));
            assertTrue(e.getMessage().contains("rate limit"), e.getMessage());
        }
    }

    @Test
    void aRefusedTokenIsAClearErrorThatDoesNotShowTheToken() throws IOException {
        try (RecordedApi api = new RecordedApi(MentionsPullTest.class).reply(401, Map.of(), "x/unauthorized.json")) {
            IOException e = assertThrows(IOException.class, () -> connector.pull(context(api, null)));
            assertTrue(e.getMessage().contains("bearer token") && e.getMessage().contains("401"), e.getMessage());
            assertFalse(e.getMessage().contains(TOKEN));
        }
    }

    @Test
    void anUnknownAccountOrAMissingTokenIsAClearError() throws IOException {
        try (RecordedApi api = new RecordedApi(MentionsPullTest.class).reply("x/user-not-found.json")) {
            IOException e = assertThrows(IOException.class, () -> connector.pull(context(api, null)));
            assertTrue(e.getMessage().contains("Could not find user"), e.getMessage());

            CollectingContext noToken = new CollectingContext(connector,
                    Map.of(XConnector.USER_ID, "1", XConnector.API_BASE_URL, api.base()), null);
            IOException missing = assertThrows(IOException.class, () -> connector.pull(noToken));
            assertTrue(missing.getMessage().contains("bearer token is not set"), missing.getMessage());
        }
    }
}

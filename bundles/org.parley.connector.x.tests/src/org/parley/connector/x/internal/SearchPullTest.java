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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.parley.channels.InboundMessage;
import org.parley.channels.MessageDirection;
import org.parley.testing.CollectingContext;
import org.parley.testing.RecordedApi;

/**
 * Listening: a recent-search query pulled from recorded X API v2 answers served on 127.0.0.1. The
 * recorded tweets were written on 6 to 8 December 2026; the connector's clock stands on 8 December.
 */
class SearchPullTest {

    private static final String TOKEN = "AAAA-test-bearer-token-never-shown";
    private static final String QUERY = "northwind -from:northwindcare";
    private static final String BRAND_ID = "1496270316";
    private static final Instant NOW = Instant.parse("2026-12-08T03:30:00Z");

    private XConnector connector = at(NOW);

    private static XConnector at(Instant now) {
        return new XConnector(Clock.fixed(now, ZoneOffset.UTC));
    }

    private CollectingContext context(RecordedApi api, String resumeFrom, String... more) {
        Map<String, String> settings = new HashMap<>(Map.of(XConnector.SEARCH_QUERY, QUERY, XConnector.API_BASE_URL,
                api.base(), XConnector.MAX_RATE_LIMIT_WAIT, "5"));
        for (int i = 0; i < more.length; i += 2) {
            settings.put(more[i], more[i + 1]);
        }
        return new CollectingContext(connector, settings, resumeFrom).secret(XConnector.BEARER_TOKEN, TOKEN);
    }

    private static List<String> ids(List<InboundMessage> messages) {
        return messages.stream().map(InboundMessage::externalId).toList();
    }

    @Test
    void talkAboutTheBrandIsCapturedAcrossPagesAsListeningAndTheNextPollAsksOnlyForNewerTweets() throws IOException {
        try (RecordedApi api = new RecordedApi(SearchPullTest.class).reply("x/search-page1.json")
                .reply("x/search-page2.json").reply("x/search-page3.json")) {
            CollectingContext first = context(api, null);
            connector.pull(first);

            assertEquals(List.of("2130009994425377729", "2129970593133556391", "2129866515674215953",
                    "2129485995832276906"), ids(first.committed()));
            assertTrue(first.messages.stream().allMatch(m -> m.direction() == MessageDirection.INBOUND
                    && m.tags().contains(XConnector.LISTENING_TAG)), "a search-only source: all listening");
            InboundMessage outage = first.messages.get(0);
            assertEquals("maria_okafor", outage.author().handle());
            assertEquals(1204, outage.author().followers());
            assertEquals(List.of("#wfh", XConnector.LISTENING_TAG), outage.tags());
            assertEquals(37, outage.reach());
            assertTrue(first.messages.get(1).text().contains("https://www.speedtest.net/result/17839201334"));
            assertEquals("de", first.messages.get(3).language());
            String position = first.lastCheckpoint();
            assertEquals("search.query=" + SourcePosition.key(QUERY) + ";search.since=2130009994425377729", position);

            RecordedApi.Request page1 = api.requests.get(0);
            assertEquals("/2/tweets/search/recent", page1.uri().getPath());
            assertEquals("Bearer " + TOKEN, page1.authorization());
            assertTrue(page1.uri().getRawQuery().startsWith("query=northwind%20-from%3Anorthwindcare&max_results=100"
                    + "&expansions=author_id&tweet.fields=created_at%2Cauthor_id%2C"), page1.uri().getRawQuery());
            assertTrue(page1.uri().getQuery().contains("&user.fields=username,name,public_metrics,verified"));
            assertFalse(page1.uri().getQuery().contains("since_id"), "a first poll reaches back the whole 7 days");
            String page2 = api.requests.get(1).uri().getQuery();
            assertTrue(page2.contains("&next_token=b26v89c19zqg8o3fr5ttvg1srp5xyc6j7e3sggsvfpkhp"), page2);
            assertFalse(page2.contains("pagination_token") || page2.contains("until_id"), page2);

            CollectingContext second = context(api, position);
            connector.pull(second);
            String asked = api.requests.get(2).uri().getQuery();
            assertTrue(asked.contains("&since_id=2130009994425377729") && !asked.contains("next_token"), asked);
            assertEquals(List.of("2130134099686572242"), ids(second.committed()));
            assertEquals("search.query=" + SourcePosition.key(QUERY) + ";search.since=2130134099686572242",
                    second.lastCheckpoint());
        }
    }

    @Test
    void theQueryIsSentPercentEncodedExactlyAsWritten() throws IOException {
        String query = "(northwind OR \"north wind\") -from:NorthwindCare -is:retweet #outage @ofcom café C++ a&b=c";
        try (RecordedApi api = new RecordedApi(SearchPullTest.class).reply("x/search-empty.json")) {
            CollectingContext context = context(api, null, XConnector.SEARCH_QUERY, query);
            connector.pull(context);

            String raw = api.requests.get(0).uri().getRawQuery();
            assertTrue(raw.startsWith("query=%28northwind%20OR%20%22north%20wind%22%29%20-from%3ANorthwindCare"
                    + "%20-is%3Aretweet%20%23outage%20%40ofcom%20caf%C3%A9%20C%2B%2B%20a%26b%3Dc&max_results=100"),
                    raw);
            assertEquals(query, api.requests.get(0).uri().getQuery().split("&max_results=")[0].substring(6),
                    "the server reads back the query written");
            assertTrue(context.messages.isEmpty());
            assertEquals("start", context.lastCheckpoint(), "nothing found: nothing to skip next time");
        }
    }

    @Test
    void aSourceWithAnAccountAndAQueryPullsBothAndAMentionFoundByTheSearchIsNoListening() throws IOException {
        try (RecordedApi api = new RecordedApi(SearchPullTest.class).reply("x/mentions-northwind.json")
                .reply("x/search-page1.json").reply("x/search-page2.json")) {
            CollectingContext context = context(api, "since=2129000000000000000", XConnector.USER_ID, BRAND_ID);
            connector.pull(context);

            assertEquals("/2/users/" + BRAND_ID + "/mentions", api.requests.get(0).uri().getPath());
            assertTrue(api.requests.get(0).uri().getQuery().contains("since_id=2129000000000000000"));
            assertEquals("/2/tweets/search/recent", api.requests.get(1).uri().getPath());
            assertFalse(api.requests.get(1).uri().getQuery().contains("since_id"), "each list has its own position");
            List<InboundMessage> all = context.committed();
            assertEquals(5, all.size());
            InboundMessage asMention = all.get(0);
            InboundMessage asSearchResult = all.get(3);
            assertEquals(asMention, withSameRaw(asSearchResult, asMention), "the same tweet reads the same");
            assertEquals(List.of(), asSearchResult.tags(), "it replies to the account: a mention, not listening");
            assertEquals(List.of(XConnector.LISTENING_TAG), all.get(4).tags());
            assertEquals("since=2129866515674215953;search.query=" + SourcePosition.key(QUERY)
                    + ";search.since=2130009994425377729", context.lastCheckpoint());
        }
    }

    private static InboundMessage withSameRaw(InboundMessage m, InboundMessage rawFrom) {
        assertEquals(new String(rawFrom.raw()), new String(m.raw()));
        return new InboundMessage(m.channel(), m.externalId(), m.threadId(), m.parentId(), m.direction(), m.author(),
                m.occurredAt(), m.subject(), m.text(), m.language(), m.link(), m.tags(), m.reach(), rawFrom.raw(),
                m.rawType());
    }

    @Test
    void aChangedQueryOrAPositionOlderThanSevenDaysStartsTheSearchAfresh() throws IOException {
        String position = "search.query=" + SourcePosition.key(QUERY) + ";search.since=2130009994425377729";
        try (RecordedApi api = new RecordedApi(SearchPullTest.class).reply("x/search-empty.json")
                .reply("x/search-empty.json").reply("x/search-empty.json")) {
            connector.pull(context(api, position));
            assertTrue(api.requests.get(0).uri().getQuery().contains("since_id=2130009994425377729"));

            connector.pull(context(api, position, XConnector.SEARCH_QUERY, "northwind broadband"));
            assertFalse(api.requests.get(1).uri().getQuery().contains("since_id"), "another query: from the start");

            connector = at(Instant.parse("2026-12-07T18:42:11Z").plus(Duration.ofDays(7)));
            connector.pull(context(api, position));
            assertFalse(api.requests.get(2).uri().getQuery().contains("since_id"),
                    "X refuses a since_id older than 7 days: the poll reaches back as far as it can");
        }
    }

    @Test
    void aSearchStoppedHalfWayGoesOnFromTheOldestTweetItReached() throws IOException {
        try (RecordedApi api = new RecordedApi(SearchPullTest.class).reply("x/search-page1.json")
                .reply("x/search-page2.json")) {
            CollectingContext first = context(api, null).cancelAfter(2);
            connector.pull(first);
            String key = SourcePosition.key(QUERY);
            assertEquals("search.query=" + key + ";search.until=2129970593133556391;search.newest=2130009994425377729",
                    first.lastCheckpoint());

            CollectingContext resumed = context(api, first.lastCheckpoint());
            connector.pull(resumed);
            String asked = api.requests.get(1).uri().getQuery();
            assertTrue(asked.contains("until_id=2129970593133556391") && !asked.contains("next_token"), asked);
            assertEquals(List.of("2129866515674215953", "2129485995832276906"), ids(resumed.committed()));
            assertEquals("search.query=" + key + ";search.since=2130009994425377729", resumed.lastCheckpoint());
        }
    }

    @Test
    void aRateLimitIsWaitedOutAndARefusedQueryIsAClearError() throws IOException {
        try (RecordedApi api = new RecordedApi(SearchPullTest.class)
                .reply(429, Map.of("Retry-After", "1"), "x/too-many-requests.json").reply("x/search-page2.json")
                .reply(400, Map.of(), "x/search-invalid-query.json")) {
            CollectingContext context = context(api, null);
            connector.pull(context);
            assertEquals(2, api.requests.size(), "asked again after the wait");
            assertEquals(2, context.committed().size());

            IOException e = assertThrows(IOException.class,
                    () -> connector.pull(context(api, null, XConnector.SEARCH_QUERY, "northwind (")));
            assertTrue(e.getMessage().contains("HTTP 400") && e.getMessage().contains("Missing closing parenthesis"),
                    e.getMessage());
            assertFalse(e.getMessage().contains(TOKEN));
        }
    }

    @Test
    void aSourceWithNeitherAnAccountNorAQueryIsAClearError() {
        CollectingContext context = new CollectingContext(connector, Map.of(), null).secret(XConnector.BEARER_TOKEN,
                TOKEN);
        IOException e = assertThrows(IOException.class, () -> connector.pull(context));
        assertTrue(e.getMessage().contains("'userId'") && e.getMessage().contains("'searchQuery'"), e.getMessage());
    }
}

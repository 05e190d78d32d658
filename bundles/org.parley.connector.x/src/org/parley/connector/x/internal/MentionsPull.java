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

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.parley.channels.Author;
import org.parley.channels.InboundMessage;
import org.parley.channels.IngestContext;
import org.parley.channels.MessageDirection;
import org.parley.channels.QuarantineRecord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Pulls the mentions of an account (replies to it included) from {@code GET /2/users/:id/mentions},
 * newest first, page by page. The checkpoint is the newest tweet id of the last complete run
 * ({@code since_id}); while a run pages back it also records the oldest id reached, so a run
 * stopped half-way goes on from there ({@code until_id}) instead of starting over.
 */
final class MentionsPull {

    static final String TWEET_FIELDS = "created_at,author_id,conversation_id,in_reply_to_user_id,"
            + "referenced_tweets,lang,public_metrics,entities";
    static final String USER_FIELDS = "username,name,public_metrics,verified";

    private final IngestContext context;
    private final String userId;
    private final String base;

    MentionsPull(IngestContext context) throws IOException {
        this.context = context;
        this.userId = context.settings().get(XConnector.USER_ID).orElseThrow(
                () -> new IOException("Set the account id ('" + XConnector.USER_ID + "') to pull its mentions"));
        this.base = context.settings().get(XConnector.API_BASE_URL).orElse("https://api.x.com").replaceAll("/+$", "");
    }

    void run() throws IOException {
        char[] token = context.secret(XConnector.BEARER_TOKEN).orElseThrow(() -> new IOException(
                "The X bearer token is not set: store it in the source's secrets ('" + XConnector.BEARER_TOKEN + "')"));
        XApi api;
        try {
            api = new XApi(token, Duration.ofSeconds(context.settings().getLong(XConnector.MAX_RATE_LIMIT_WAIT, 900)),
                    context::isCanceled);
        } finally {
            Arrays.fill(token, '\0');
        }
        PullPosition position = PullPosition.parse(context.resumeFrom().orElse(""));
        String pageToken = null;
        long pages = 0;
        do {
            Optional<JsonNode> page = api.get(uri(position, pageToken));
            if (page.isEmpty() || context.isCanceled()) {
                return;
            }
            JsonNode meta = page.get().path("meta");
            take(page.get(), ++pages);
            pageToken = meta.path("next_token").asText(null);
            position = position.after(meta.path("newest_id").asText(null), meta.path("oldest_id").asText(null),
                    pageToken == null);
            context.checkpoint(position.toString());
            context.progress(pages, -1);
        } while (pageToken != null && !context.isCanceled());
    }

    private URI uri(PullPosition position, String pageToken) {
        StringBuilder query = new StringBuilder("max_results=100&expansions=author_id");
        query.append("&tweet.fields=").append(encode(TWEET_FIELDS)).append("&user.fields=").append(encode(USER_FIELDS));
        position.since().ifPresent(id -> query.append("&since_id=").append(encode(id)));
        position.until().ifPresent(id -> query.append("&until_id=").append(encode(id)));
        if (pageToken != null) {
            query.append("&pagination_token=").append(encode(pageToken));
        }
        return URI.create(base + "/2/users/" + encode(userId) + "/mentions?" + query);
    }

    private void take(JsonNode page, long number) {
        Map<String, JsonNode> users = new HashMap<>();
        for (JsonNode user : page.path("includes").path("users")) {
            users.put(user.path("id").asText(), user);
        }
        int i = 0;
        for (JsonNode tweet : page.path("data")) {
            i++;
            JsonNode user = users.get(tweet.path("author_id").asText());
            try {
                context.message(message(tweet, user));
            } catch (RuntimeException e) {
                context.quarantine(new QuarantineRecord("mentions page " + number + ", tweet " + i,
                        "not a readable tweet: " + e.getMessage(), ArchiveReader.bytes(raw(tweet, user))));
            }
        }
    }

    private InboundMessage message(JsonNode tweet, JsonNode user) {
        String id = tweet.path("id").asText("");
        if (id.isBlank()) {
            throw new IllegalArgumentException("id is missing");
        }
        OffsetDateTime created = Tweets.apiDate(tweet.path("created_at").asText(null));
        if (created == null) {
            throw new IllegalArgumentException("created_at is missing or not a date");
        }
        String parent = null;
        for (JsonNode ref : tweet.path("referenced_tweets")) {
            if ("replied_to".equals(ref.path("type").asText())) {
                parent = ref.path("id").asText(null);
            }
        }
        JsonNode metrics = tweet.path("public_metrics");
        int reach = Tweets.count(metrics.get("like_count")) + Tweets.count(metrics.get("retweet_count"))
                + Tweets.count(metrics.get("reply_count")) + Tweets.count(metrics.get("quote_count"));
        String authorId = tweet.path("author_id").asText("");
        return InboundMessage.builder(XConnector.ID, id).thread(tweet.path("conversation_id").asText(id), parent)
                .direction(userId.equals(authorId) ? MessageDirection.OUTBOUND : MessageDirection.INBOUND)
                .author(author(authorId, user)).occurredAt(created)
                .text(Tweets.text(tweet.path("text").asText(""), tweet.path("entities").path("urls")))
                .language(Tweets.language(tweet.path("lang").asText(null))).link(Tweets.link(id))
                .tags(tweet.path("entities").path("hashtags").findValuesAsText("tag").stream().map(t -> "#" + t)
                        .toList())
                .reach(reach).raw(ArchiveReader.bytes(raw(tweet, user)), "application/json").build();
    }

    private static Author author(String authorId, JsonNode user) {
        if (user == null || !user.hasNonNull("username")) {
            if (authorId.isBlank()) {
                throw new IllegalArgumentException("author_id is missing");
            }
            return Author.of("id:" + authorId, null);
        }
        JsonNode followers = user.path("public_metrics").path("followers_count");
        return new Author(ArchiveOwner.handle(user.get("username").asText()), user.path("name").asText(null), null,
                null, followers.isNumber() ? followers.asInt() : null, user.path("verified").asBoolean(false));
    }

    /** The tweet with its author, as kept with the message. */
    private static JsonNode raw(JsonNode tweet, JsonNode user) {
        ObjectNode raw = ArchiveFile.MAPPER.createObjectNode();
        raw.set("tweet", tweet);
        if (user != null) {
            raw.set("author", user);
        }
        return raw;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

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

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.parley.channels.Author;
import org.parley.channels.InboundMessage;
import org.parley.channels.IngestContext;
import org.parley.channels.MessageDirection;
import org.parley.channels.QuarantineRecord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The tweets of one X API v2 page (a mentions or a search page, with {@code expansions=author_id})
 * as messages. A tweet reads the same whichever list found it, so a tweet that both mentions the
 * account and matches the search is one unchanged message.
 */
final class TweetMessages {

    /** The account whose tweets are outbound and which a tweet may address; null when not set. */
    private final String accountId;

    TweetMessages(String accountId) {
        this.accountId = accountId;
    }

    /**
     * Hands over the page's tweets, each with its author; a tweet that cannot be read is quarantined
     * alone. A tweet of a {@link Timeline#listening() listening} list that is inbound and does not
     * address the account is tagged {@link XConnector#LISTENING_TAG}.
     */
    void take(JsonNode page, String pageName, boolean listening, IngestContext context) {
        Map<String, JsonNode> users = new HashMap<>();
        for (JsonNode user : page.path("includes").path("users")) {
            users.put(user.path("id").asText(), user);
        }
        int i = 0;
        for (JsonNode tweet : page.path("data")) {
            i++;
            JsonNode user = users.get(tweet.path("author_id").asText());
            try {
                context.message(message(tweet, user, listening));
            } catch (RuntimeException e) {
                context.quarantine(new QuarantineRecord(pageName + ", tweet " + i,
                        "not a readable tweet: " + e.getMessage(), ArchiveReader.bytes(raw(tweet, user))));
            }
        }
    }

    InboundMessage message(JsonNode tweet, JsonNode user, boolean listening) {
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
        boolean outbound = authorId.equals(accountId);
        return InboundMessage.builder(XConnector.ID, id).thread(tweet.path("conversation_id").asText(id), parent)
                .direction(outbound ? MessageDirection.OUTBOUND : MessageDirection.INBOUND)
                .author(author(authorId, user)).occurredAt(created)
                .text(Tweets.text(tweet.path("text").asText(""), tweet.path("entities").path("urls")))
                .language(Tweets.language(tweet.path("lang").asText(null))).link(Tweets.link(id))
                .tags(tags(tweet, listening && !outbound && !addressesAccount(tweet))).reach(reach)
                .raw(ArchiveReader.bytes(raw(tweet, user)), "application/json").build();
    }

    /**
     * Whether the tweet replies to the account or @mentions it: then it is a mention, not listening.
     */
    private boolean addressesAccount(JsonNode tweet) {
        if (accountId == null) {
            return false;
        }
        if (accountId.equals(tweet.path("in_reply_to_user_id").asText(null))) {
            return true;
        }
        for (JsonNode mention : tweet.path("entities").path("mentions")) {
            if (accountId.equals(mention.path("id").asText(null))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> tags(JsonNode tweet, boolean listening) {
        List<String> tags = new ArrayList<>();
        for (String tag : tweet.path("entities").path("hashtags").findValuesAsText("tag")) {
            tags.add("#" + tag);
        }
        if (listening) {
            tags.add(XConnector.LISTENING_TAG);
        }
        return tags;
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
}

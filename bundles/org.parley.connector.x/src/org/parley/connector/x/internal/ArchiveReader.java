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
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.parley.channels.Author;
import org.parley.channels.InboundMessage;
import org.parley.channels.IngestContext;
import org.parley.channels.MessageDirection;
import org.parley.channels.QuarantineRecord;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Imports one {@code tweets.js} (or {@code tweets-partN.js}) of an X account archive. Every tweet
 * in it was written by the archive's owner; replies are threaded to the conversation's first tweet
 * where the archive holds it.
 */
final class ArchiveReader {

    private final Path file;
    private final IngestContext context;
    private final Map<String, String> parents = new HashMap<>();
    private final long resumeAfter;
    private final long checkpointEvery;
    private long total;
    private Author owner;

    ArchiveReader(Path file, IngestContext context) {
        this.file = file;
        this.context = context;
        this.resumeAfter = context.resumeFrom().map(ArchiveReader::index).orElse(0L);
        this.checkpointEvery = Math.max(1, context.settings().getLong(XConnector.CHECKPOINT_EVERY, 500));
    }

    void read() throws IOException {
        ArchiveIndex index = ArchiveIndex.of(file);
        parents.putAll(index.parents());
        total = index.count();
        owner = ArchiveOwner.find(file, context.settings(), index);
        long[] last = {resumeAfter};
        new ArchiveFile(file).read(new ArchiveFile.RecordHandler() {
            @Override
            public boolean record(long i, JsonNode record, long line) {
                if (i <= resumeAfter) {
                    return true;
                }
                if (context.isCanceled()) {
                    return false;
                }
                take(record, "tweet " + i + " (line " + line + ")");
                last[0] = i;
                if (i % checkpointEvery == 0) {
                    context.checkpoint(Long.toString(i));
                    context.progress(i, total);
                }
                return true;
            }

            @Override
            public void broken(long i, long line, String position, String reason, byte[] raw) {
                if (i > resumeAfter || position.startsWith("from line")) {
                    context.quarantine(new QuarantineRecord(file.getFileName() + " " + position, reason, raw));
                }
            }
        });
        if (!context.isCanceled()) {
            context.checkpoint(Long.toString(Math.max(last[0], total)));
            context.progress(total, total);
        }
    }

    private void take(JsonNode record, String position) {
        JsonNode tweet = record.has("tweet") ? record.get("tweet") : record;
        try {
            context.message(message(tweet));
        } catch (RuntimeException e) {
            context.quarantine(new QuarantineRecord(file.getFileName() + " " + position,
                    "not a readable tweet: " + e.getMessage(), bytes(record)));
        }
    }

    private InboundMessage message(JsonNode tweet) {
        String id = require(tweet, "id_str", tweet.path("id").asText(null));
        OffsetDateTime created = Tweets.archiveDate(tweet.path("created_at").asText(null));
        if (created == null) {
            throw new IllegalArgumentException("created_at is missing or not a date: "
                    + tweet.path("created_at").asText("(none)"));
        }
        if (!tweet.hasNonNull("full_text") && !tweet.hasNonNull("text")) {
            throw new IllegalArgumentException("the tweet has no text");
        }
        String parent = tweet.path("in_reply_to_status_id_str").asText(null);
        MessageDirection direction = "inbound".equals(context.settings().get(XConnector.ARCHIVE_DIRECTION)
                .orElse("outbound")) ? MessageDirection.INBOUND : MessageDirection.OUTBOUND;
        Author author = retweeted(tweet).orElse(owner);
        if (!author.handle().equals(owner.handle())) {
            direction = MessageDirection.INBOUND; // a retweet repeats someone else's words
        }
        int reach = Tweets.count(tweet.get("favorite_count")) + Tweets.count(tweet.get("retweet_count"));
        return InboundMessage.builder(XConnector.ID, id).thread(root(id), parent).direction(direction)
                .author(author).occurredAt(created)
                .text(Tweets.text(tweet.path("full_text").asText(tweet.path("text").asText("")),
                        tweet.path("entities").path("urls")))
                .language(Tweets.language(tweet.path("lang").asText(null))).link(Tweets.link(id))
                .tags(hashtags(tweet)).reach(reach).raw(bytes(tweet), "application/json").build();
    }

    /**
     * The original author of a retweet ({@code RT @name: ...}), from the tweet's mentions; empty for a
     * tweet of the owner's own.
     */
    private static Optional<Author> retweeted(JsonNode tweet) {
        String text = tweet.path("full_text").asText(tweet.path("text").asText(""));
        if (!text.startsWith("RT @") || text.indexOf(':') < 0) {
            return Optional.empty();
        }
        String name = text.substring(4, text.indexOf(':'));
        for (JsonNode mention : tweet.path("entities").path("user_mentions")) {
            if (name.equalsIgnoreCase(mention.path("screen_name").asText())) {
                return Optional.of(Author.of(ArchiveOwner.handle(name), mention.path("name").asText("@" + name)));
            }
        }
        return Optional.of(Author.of(ArchiveOwner.handle(name), "@" + name));
    }

    /** The first tweet of the conversation as far as the archive knows it. */
    private String root(String id) {
        String current = id;
        for (int hops = 0; hops < 10_000; hops++) {
            String parent = parents.get(current);
            if (parent == null) {
                return current;
            }
            current = parent;
        }
        return current;
    }

    private static List<String> hashtags(JsonNode tweet) {
        return tweet.path("entities").path("hashtags").findValuesAsText("text").stream()
                .map(tag -> "#" + tag).toList();
    }

    private static String require(JsonNode node, String field, String fallback) {
        String value = node.path(field).asText(fallback);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is missing");
        }
        return value;
    }

    static byte[] bytes(JsonNode node) {
        try {
            return ArchiveFile.MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            return node.toString().getBytes(StandardCharsets.UTF_8);
        }
    }

    private static long index(String position) {
        try {
            return Long.parseLong(position.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}

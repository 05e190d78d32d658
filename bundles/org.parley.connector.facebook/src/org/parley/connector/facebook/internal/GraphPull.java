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

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.function.Supplier;

import org.parley.channels.InboundMessage;
import org.parley.channels.IngestContext;
import org.parley.channels.QuarantineRecord;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Pulls a page's feed (posts with their comments) and Messenger conversations, following
 * {@code paging.next}. The checkpoint is the newest {@code created_time} seen; the next pull asks
 * for posts since then, less a look-back so that new comments on recent posts are found.
 */
final class GraphPull {

    static final String COMMENT_FIELDS = "id,message,created_time,from,parent{id},like_count,comment_count,"
            + "permalink_url";
    static final String FEED_FIELDS = "id,message,story,created_time,updated_time,from,permalink_url,shares,"
            + "reactions.summary(total_count).limit(0),comments.limit(100).summary(total_count){" + COMMENT_FIELDS
            + "}";
    static final String CONVERSATION_FIELDS = "id,updated_time,link,messages.limit(100){id,message,created_time,"
            + "from,to}";

    private final IngestContext context;
    private final String pageId;
    private final GraphApi api;
    private final String startPosition;
    private final Instant since;
    private Instant newest;
    private long pages;

    GraphPull(IngestContext context) throws IOException {
        this.context = context;
        this.pageId = context.settings().get(FacebookConnector.PAGE_ID).orElseThrow(() -> new IOException(
                "Set the page id ('" + FacebookConnector.PAGE_ID + "') to pull the page's posts"));
        char[] token = context.secret(FacebookConnector.PAGE_TOKEN).orElseThrow(() -> new IOException(
                "The page access token is not set: store it in the source's secrets ('"
                        + FacebookConnector.PAGE_TOKEN + "')"));
        try {
            this.api = new GraphApi(URI.create(context.settings().get(FacebookConnector.API_BASE_URL)
                    .orElse("https://graph.facebook.com/v19.0")), token);
        } finally {
            Arrays.fill(token, '\0');
        }
        this.startPosition = context.resumeFrom().orElse("start");
        this.newest = instant(startPosition);
        this.since = newest == null
                ? null
                : newest.minus(Duration.ofDays(context.settings().getLong(FacebookConnector.LOOKBACK_DAYS, 7)));
    }

    void run() throws IOException {
        String query = "/" + GraphApi.encode(pageId) + "/feed?limit=100&fields=" + GraphApi.encode(FEED_FIELDS)
                + (since == null ? "" : "&since=" + since.getEpochSecond());
        JsonNode page = api.get(query);
        while (page != null && !context.isCanceled()) {
            for (JsonNode post : page.path("data")) {
                takePost(post);
            }
            commitPage();
            page = next(page);
        }
        if (context.settings().getBoolean(FacebookConnector.CONVERSATIONS, true) && !context.isCanceled()) {
            pullConversations();
        }
        if (!context.isCanceled()) {
            context.checkpoint(newest == null ? startPosition : newest.toString());
        }
    }

    private void takePost(JsonNode post) throws IOException {
        if (!take(post, () -> GraphObjects.post(post, pageId), "post")) {
            return;
        }
        String postId = post.path("id").asText();
        JsonNode comments = post.path("comments");
        while (comments != null && !context.isCanceled()) {
            for (JsonNode comment : comments.path("data")) {
                take(comment, () -> GraphObjects.comment(comment, postId, pageId), "comment of post " + postId);
            }
            comments = next(comments);
        }
    }

    private void pullConversations() throws IOException {
        JsonNode page = api.get("/" + GraphApi.encode(pageId) + "/conversations?platform=messenger&limit=50&fields="
                + GraphApi.encode(CONVERSATION_FIELDS));
        while (page != null && !context.isCanceled()) {
            boolean older = false;
            for (JsonNode conversation : page.path("data")) {
                Instant updated = time(conversation.path("updated_time").asText(null));
                if (since != null && updated != null && updated.isBefore(since)) {
                    older = true; // conversations come newest first: the rest is known
                    break;
                }
                takeConversation(conversation);
            }
            commitPage();
            page = older ? null : next(page);
        }
    }

    private void takeConversation(JsonNode conversation) throws IOException {
        String id = conversation.path("id").asText("");
        JsonNode messages = conversation.path("messages");
        while (messages != null && !id.isBlank() && !context.isCanceled()) {
            for (JsonNode message : messages.path("data")) {
                take(message, () -> GraphObjects.privateMessage(message, id, pageId), "message of conversation " + id);
            }
            messages = next(messages);
        }
    }

    /** Hands over one object; false when it went to the quarantine. */
    private boolean take(JsonNode node, Supplier<InboundMessage> message, String what) {
        try {
            InboundMessage m = message.get();
            context.message(m);
            Instant at = m.occurredAt().toInstant();
            newest = newest == null || at.isAfter(newest) ? at : newest;
            return true;
        } catch (RuntimeException e) {
            context.quarantine(new QuarantineRecord("Graph API page " + (pages + 1) + ", " + what,
                    "not a readable Graph object: " + e.getMessage(), GraphObjects.bytes(node)));
            return false;
        }
    }

    /**
     * Commits what this page brought. The position stays where the run started until the run is
     * complete: a run stopped half-way starts over, and the pipeline counts what it already has as
     * duplicates.
     */
    private void commitPage() {
        pages++;
        context.checkpoint(startPosition);
        context.progress(pages, -1);
    }

    private JsonNode next(JsonNode page) throws IOException {
        String next = page.path("paging").path("next").asText("");
        return next.isEmpty() || context.isCanceled() ? null : api.follow(next);
    }

    private static Instant instant(String position) {
        try {
            return Instant.parse(position);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Instant time(String text) {
        OffsetDateTime time = GraphObjects.time(text);
        return time == null ? null : time.toInstant();
    }
}

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

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.parley.channels.Author;
import org.parley.channels.InboundMessage;
import org.parley.channels.MessageDirection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Graph API objects (posts, comments, Messenger messages) as Parley messages. */
final class GraphObjects {

    static final ObjectMapper MAPPER = new ObjectMapper();

    /** Graph's time format: {@code 2013-08-06T10:36:10+0000}. */
    private static final DateTimeFormatter GRAPH_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ");

    private GraphObjects() {
    }

    static OffsetDateTime time(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text, GRAPH_TIME);
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(text);
            } catch (DateTimeParseException again) {
                return null;
            }
        }
    }

    /** The page or profile whose feed a post id ({@code <page>_<post>}) belongs to, or null. */
    static String ownerOf(String postId) {
        int underscore = postId == null ? -1 : postId.indexOf('_');
        return underscore > 0 ? postId.substring(0, underscore) : null;
    }

    static InboundMessage post(JsonNode post, String pageId) {
        String id = id(post);
        String page = pageId != null ? pageId : ownerOf(id);
        String text = first(post, "message", "story", "name", "caption", "description");
        String link = post.path("permalink_url").asText(post.path("actions").path(0).path("link").asText(null));
        int reach = count(post.path("shares").path("count")) + count(post.path("likes").path("count"))
                + count(post.path("reactions").path("summary").path("total_count"))
                + count(post.path("comments").path("summary").path("total_count"));
        return builder(post, id, page).thread(id, null).subject(post.path("name").asText(null)).text(text)
                .link(link(link, id)).reach(reach).tags(List.of("post")).build();
    }

    static InboundMessage comment(JsonNode comment, String postId, String pageId) {
        String id = id(comment);
        String parent = comment.path("parent").path("id").asText(postId);
        int reach = count(comment.path("like_count")) + count(comment.path("comment_count"));
        return builder(comment, id, pageId).thread(postId, parent).text(first(comment, "message"))
                .link(link(comment.path("permalink_url").asText(null), id)).reach(reach).tags(List.of("comment"))
                .build();
    }

    static InboundMessage privateMessage(JsonNode message, String conversationId, String pageId) {
        String id = id(message);
        return builder(message, id, pageId).thread(conversationId, null).text(first(message, "message"))
                .tags(List.of("private message")).build();
    }

    private static InboundMessage.Builder builder(JsonNode node, String id, String pageId) {
        OffsetDateTime created = time(node.path("created_time").asText(null));
        if (created == null) {
            throw new IllegalArgumentException("created_time is missing or not a time: "
                    + node.path("created_time").asText("(none)"));
        }
        JsonNode from = node.path("from");
        Author author = author(from, id);
        boolean brand = pageId != null && pageId.equals(from.path("id").asText(null));
        return InboundMessage.builder(FacebookConnector.ID, id).author(author).occurredAt(created)
                .direction(brand ? MessageDirection.OUTBOUND : MessageDirection.INBOUND)
                .raw(bytes(node), "application/json");
    }

    /** The author; Graph leaves out "from" for people who did not allow the app to see them. */
    private static Author author(JsonNode from, String messageId) {
        String userId = from.path("id").asText("");
        if (userId.isBlank()) {
            return Author.of("unknown:" + messageId, "Facebook user");
        }
        return new Author(userId, from.path("name").asText(null), from.path("email").asText(null), null, null,
                false);
    }

    private static String id(JsonNode node) {
        String id = node.path("id").asText("");
        if (id.isBlank()) {
            throw new IllegalArgumentException("the object has no id");
        }
        return id;
    }

    private static String first(JsonNode node, String... fields) {
        for (String field : fields) {
            String value = node.path(field).asText("");
            if (!value.isBlank()) {
                return value;
            }
        }
        return "";
    }

    private static URI link(String link, String id) {
        try {
            return link != null && link.startsWith("http")
                    ? URI.create(link)
                    : URI.create("https://www.facebook.com/" + id);
        } catch (IllegalArgumentException e) {
            return URI.create("https://www.facebook.com/" + id);
        }
    }

    private static int count(JsonNode node) {
        return node.isNumber() ? node.asInt() : 0;
    }

    static byte[] bytes(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            return node.toString().getBytes(StandardCharsets.UTF_8);
        }
    }

    /** A Graph error object as a sentence: what went wrong and what to do. */
    static String describeError(JsonNode error) {
        int code = error.path("code").asInt(0);
        String type = error.path("type").asText("Graph error");
        String message = error.path("message").asText("");
        String advice = switch (code) {
            case 190, 102 -> ": the page access token is invalid or expired; renew it in the source's secrets";
            case 10, 200 -> ": the token lacks a permission the request needs";
            case 4, 17, 32, 613 -> ": Facebook's rate limit was reached; try again later";
            default -> "";
        };
        return "Facebook refused the request (" + type + " " + code + "): " + message + advice;
    }
}

/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.connector.webhook.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.parley.channels.Author;
import org.parley.channels.InboundMessage;
import org.parley.channels.MessageDirection;

/**
 * Reads one webhook event (the JSON schema in {@code docs/connectors.md}) into a message, or says
 * exactly what is wrong with it: the field and the problem.
 */
final class WebhookEvents {

    static final int MAX_ID = 200;
    private static final int MAX_DEPTH = 20;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CHANNEL = Pattern.compile("[a-z0-9][a-z0-9._-]*");

    static {
        JSON.getFactory().setStreamReadConstraints(
                StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).maxStringLength(10_000_000).build());
    }

    private WebhookEvents() {
    }

    /** Why an event was refused: its field (or null for the whole body) and the problem. */
    static final class BadEvent extends Exception {
        private static final long serialVersionUID = 1L;
        final String field;

        BadEvent(String field, String problem) {
            super(field == null ? problem : field + ": " + problem, null, false, false);
            this.field = field;
        }
    }

    /** The event's id, when the body is a JSON object that has one; else null. */
    static String eventId(JsonNode event) {
        JsonNode id = event == null ? null : event.get("event_id");
        return id != null && id.isTextual() ? id.asText() : null;
    }

    static JsonNode read(byte[] body) throws BadEvent {
        try {
            JsonNode node = JSON.readTree(body);
            if (node == null || !node.isObject()) {
                throw new BadEvent(null, "invalid JSON: the body must be one JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new BadEvent(null, "invalid JSON: " + e.getOriginalMessage() + location(e));
        } catch (IOException e) {
            throw new BadEvent(null, "invalid JSON: " + e.getMessage());
        }
    }

    private static String location(JsonProcessingException e) {
        return e.getLocation() == null
                ? ""
                : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
    }

    static InboundMessage toMessage(JsonNode event, byte[] raw, String defaultChannel) throws BadEvent {
        String eventId = text(event, "event_id", true, MAX_ID);
        String channel = text(event, "channel", false, 40);
        channel = channel == null ? defaultChannel : channel.toLowerCase(Locale.ROOT);
        if (!CHANNEL.matcher(channel).matches()) {
            throw new BadEvent("channel", "must be lower-case letters, digits, '.', '_' or '-'");
        }
        String externalId = text(event, "external_id", false, InboundMessage.MAX_EXTERNAL_ID);
        String direction = text(event, "direction", false, 20);
        if (direction != null && !direction.equals("inbound") && !direction.equals("outbound")) {
            throw new BadEvent("direction", "must be \"inbound\" or \"outbound\"");
        }
        JsonNode text = event.get("text");
        if (text == null || !text.isTextual()) {
            throw new BadEvent("text", "is required and must be a string");
        }
        return InboundMessage.builder(channel, externalId == null ? eventId : externalId)
                .thread(text(event, "thread", false, InboundMessage.MAX_EXTERNAL_ID),
                        text(event, "parent_id", false, InboundMessage.MAX_EXTERNAL_ID))
                .direction("outbound".equals(direction) ? MessageDirection.OUTBOUND : MessageDirection.INBOUND)
                .author(author(event.get("author"))).occurredAt(time(event))
                .subject(text(event, "subject", false, 1000))
                .text(text.asText()).language(text(event, "language", false, 35)).link(link(event)).tags(tags(event))
                .reach(reach(event)).raw(raw, "application/json").build();
    }

    private static Author author(JsonNode author) throws BadEvent {
        if (author == null || !author.isObject()) {
            throw new BadEvent("author", "is required and must be an object with at least a handle");
        }
        String handle = text(author, "handle", false, 200);
        String email = text(author, "email", false, 320);
        String phone = text(author, "phone", false, 40);
        email = email == null ? null : email.toLowerCase(Locale.ROOT);
        handle = handle != null ? handle : email != null ? email : phone;
        if (handle == null) {
            throw new BadEvent("author.handle", "is required (or an email or phone to use as handle)");
        }
        JsonNode followers = author.get("followers");
        if (followers != null && !followers.isNull() && (!followers.canConvertToInt() || followers.asInt() < 0)) {
            throw new BadEvent("author.followers", "must be a whole number of at least 0");
        }
        JsonNode verified = author.get("verified");
        return new Author(handle, text(author, "name", false, 200), email, phone,
                followers == null || followers.isNull() ? null : followers.asInt(),
                verified != null && verified.asBoolean(false));
    }

    private static OffsetDateTime time(JsonNode event) throws BadEvent {
        String value = text(event, "occurred_at", true, 64);
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadEvent("occurred_at", "must be an ISO 8601 time with offset, like 2026-11-03T09:15:00+01:00");
        }
    }

    private static URI link(JsonNode event) throws BadEvent {
        String value = text(event, "link", false, 2000);
        if (value == null) {
            return null;
        }
        try {
            URI uri = new URI(value);
            if (!uri.isAbsolute()) {
                throw new BadEvent("link", "must be an absolute URL");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new BadEvent("link", "is not a URL: " + e.getReason());
        }
    }

    private static List<String> tags(JsonNode event) throws BadEvent {
        JsonNode tags = event.get("tags");
        List<String> result = new ArrayList<>();
        if (tags == null || tags.isNull()) {
            return result;
        }
        if (!tags.isArray()) {
            throw new BadEvent("tags", "must be an array of strings");
        }
        for (JsonNode tag : tags) {
            if (!tag.isTextual()) {
                throw new BadEvent("tags", "must be an array of strings");
            }
            result.add(tag.asText());
        }
        return result;
    }

    private static Integer reach(JsonNode event) throws BadEvent {
        JsonNode reach = event.get("reach");
        if (reach == null || reach.isNull()) {
            return null;
        }
        if (!reach.canConvertToInt() || reach.asInt() < 0) {
            throw new BadEvent("reach", "must be a whole number of at least 0");
        }
        return reach.asInt();
    }

    private static String text(JsonNode node, String field, boolean required, int max) throws BadEvent {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                throw new BadEvent(field, "is required");
            }
            return null;
        }
        if (!value.isTextual() && !value.isNumber()) {
            throw new BadEvent(field, "must be a string");
        }
        String s = value.asText().strip();
        if (s.isEmpty()) {
            if (required) {
                throw new BadEvent(field, "cannot be empty");
            }
            return null;
        }
        if (s.length() > max) {
            throw new BadEvent(field, "is longer than " + max + " characters");
        }
        return s;
    }
}

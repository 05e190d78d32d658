/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.example.connector;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.parley.channels.Author;
import org.parley.channels.InboundMessage;
import org.parley.channels.IngestContext;
import org.parley.channels.QuarantineRecord;

/**
 * Reads one guestbook entry, a JSON object such as
 * {@code {"entry":"g-17","name":"Ann Lee","email":"Ann@Example.org","at":"2026-11-02T10:15:00+01:00",
 * "message":"Lovely stay","replyTo":"g-12","rating":5}}. An entry that cannot be read is handed to
 * the quarantine with the reason, never thrown: the rest of the file goes on.
 */
final class GuestbookReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String site;

    GuestbookReader(String site) {
        this.site = site;
    }

    /** Reads an entry into the context; returns its id, or empty when it was quarantined. */
    Optional<String> read(byte[] raw, String position, IngestContext context) {
        try {
            InboundMessage message = parse(raw);
            context.message(message);
            return Optional.of(message.externalId());
        } catch (BadEntryException e) {
            context.quarantine(new QuarantineRecord(position, e.getMessage(), raw));
            return Optional.empty();
        }
    }

    InboundMessage parse(byte[] raw) throws BadEntryException {
        JsonNode entry = json(utf8(raw));
        String id = text(entry, "entry");
        String email = text(entry, "email").toLowerCase(Locale.ROOT);
        OffsetDateTime at;
        try {
            at = OffsetDateTime.parse(text(entry, "at"));
        } catch (DateTimeParseException e) {
            throw new BadEntryException("\"at\" is not a date-time with an offset: " + entry.path("at").asText());
        }
        String replyTo = entry.path("replyTo").asText(null);
        JsonNode rating = entry.path("rating");
        return InboundMessage.builder(GuestbookConnector.ID, id)
                .author(new Author(email, entry.path("name").asText(null), email, null, null, false))
                .occurredAt(at)
                .thread(replyTo == null ? null : entry.path("thread").asText(replyTo), replyTo)
                .text(entry.path("message").asText(""))
                .tags(rating.isInt() ? List.of(site, "rating-" + rating.asInt()) : List.of(site))
                .raw(raw, "application/json")
                .build();
    }

    private static String utf8(byte[] raw) throws BadEntryException {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(raw)).toString();
        } catch (CharacterCodingException e) {
            throw new BadEntryException("not UTF-8 text");
        }
    }

    private static JsonNode json(String line) throws BadEntryException {
        try {
            JsonNode node = JSON.readTree(line);
            if (node == null || !node.isObject()) {
                throw new BadEntryException("not a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new BadEntryException("invalid JSON: " + e.getOriginalMessage());
        }
    }

    private static String text(JsonNode entry, String field) throws BadEntryException {
        JsonNode value = entry.get(field);
        if (value == null || !value.isValueNode() || value.asText().isBlank()) {
            throw new BadEntryException("missing \"" + field + "\"");
        }
        return value.asText();
    }

    /** Why an entry cannot be read, in words for the quarantine list. */
    static final class BadEntryException extends Exception {
        private static final long serialVersionUID = 1L;

        BadEntryException(String reason) {
            super(reason);
        }
    }
}

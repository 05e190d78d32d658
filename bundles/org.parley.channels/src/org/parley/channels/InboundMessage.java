/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.channels;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * One message as a connector read it, before Parley stores it. Stored once per
 * {@code (channel, externalId)}: handing the same message again adds nothing. A message with the id
 * of a stored one but other content updates the stored one when the connector's
 * {@link ChannelConnector#externalIdReuse()} is {@link ExternalIdReuse#EDIT} (an edit upstream),
 * and is stored apart under a disambiguated id when it is {@link ExternalIdReuse#COLLISION}.
 *
 * @param channel
 *            the channel id ({@code email}, {@code x}, {@code forum}); see
 *            {@link ChannelConnector#channels()}
 * @param externalId
 *            the channel's own id of the message (a Message-ID with a fingerprint, a tweet id, a
 *            row key), meant to be unique within the channel; at most 500 characters
 * @param threadId
 *            the conversation the message belongs to (a thread root, a post id), or null to start a
 *            conversation of its own
 * @param parentId
 *            the external id of the message this one replies to, or null
 * @param direction
 *            whether a customer or the brand wrote it
 * @param author
 *            who wrote it
 * @param occurredAt
 *            when it was written, with the offset the channel gave
 * @param subject
 *            a subject or title, or null
 * @param text
 *            the text, plain (markup removed), never null
 * @param language
 *            a BCP 47 language tag when the channel says, or null
 * @param link
 *            where the message can be seen at its source, or null
 * @param tags
 *            topic tags the channel or the source's settings give (a forum's category, a CSV
 *            column), possibly empty
 * @param reach
 *            how many people it reached beyond its author (shares, likes, replies), or null
 * @param raw
 *            the record exactly as read (the MIME message, the JSON object, the CSV line), kept
 *            with the message
 * @param rawType
 *            the media type of {@code raw}: {@code message/rfc822}, {@code application/json},
 *            {@code text/csv}
 */
public record InboundMessage(String channel, String externalId, String threadId, String parentId,
        MessageDirection direction, Author author, OffsetDateTime occurredAt, String subject, String text,
        String language, URI link, List<String> tags, Integer reach, byte[] raw, String rawType) {

    /** The longest external id a channel may use. */
    public static final int MAX_EXTERNAL_ID = 500;

    public InboundMessage {
        requireText(channel, "channel");
        requireText(externalId, "externalId");
        if (externalId.length() > MAX_EXTERNAL_ID) {
            throw new IllegalArgumentException("externalId is longer than " + MAX_EXTERNAL_ID + " characters");
        }
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(text, "text");
        tags = tags == null ? List.of() : List.copyOf(tags);
        raw = raw == null ? new byte[0] : raw;
        rawType = rawType == null ? "application/octet-stream" : rawType;
    }

    private static void requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " cannot be blank");
        }
    }

    /** A builder, for connectors that learn a message's parts one by one. */
    public static Builder builder(String channel, String externalId) {
        return new Builder(channel, externalId);
    }

    /** Builds an {@link InboundMessage}; direction defaults to inbound. */
    public static final class Builder {
        private final String channel;
        private final String externalId;
        private String threadId;
        private String parentId;
        private MessageDirection direction = MessageDirection.INBOUND;
        private Author author;
        private OffsetDateTime occurredAt;
        private String subject;
        private String text = "";
        private String language;
        private URI link;
        private List<String> tags = List.of();
        private Integer reach;
        private byte[] raw;
        private String rawType;

        private Builder(String channel, String externalId) {
            this.channel = channel;
            this.externalId = externalId;
        }

        public Builder thread(String threadId, String parentId) {
            this.threadId = threadId;
            this.parentId = parentId;
            return this;
        }

        public Builder direction(MessageDirection direction) {
            this.direction = direction;
            return this;
        }

        public Builder author(Author author) {
            this.author = author;
            return this;
        }

        public Builder occurredAt(OffsetDateTime occurredAt) {
            this.occurredAt = occurredAt;
            return this;
        }

        public Builder subject(String subject) {
            this.subject = subject;
            return this;
        }

        public Builder text(String text) {
            this.text = text;
            return this;
        }

        public Builder language(String language) {
            this.language = language;
            return this;
        }

        public Builder link(URI link) {
            this.link = link;
            return this;
        }

        public Builder tags(List<String> tags) {
            this.tags = tags;
            return this;
        }

        public Builder reach(Integer reach) {
            this.reach = reach;
            return this;
        }

        public Builder raw(byte[] raw, String rawType) {
            this.raw = raw;
            this.rawType = rawType;
            return this;
        }

        /**
         * @throws IllegalArgumentException
         *             or NullPointerException when a required part is missing
         */
        public InboundMessage build() {
            return new InboundMessage(channel, externalId, threadId, parentId, direction, author, occurredAt,
                    subject, text, language, link, tags, reach, raw, rawType);
        }
    }
}

/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.model;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/**
 * One message on one channel, stored once: (channel, external id) is unique. The full text and the
 * raw payload are kept; a short preview serves lists of many thousand rows.
 */
@Entity
@Table(name = "INTERACTION", uniqueConstraints = @UniqueConstraint(columnNames = {"CHANNEL",
        "EXTERNAL_ID"}), indexes = @Index(name = "IX_INTERACTION_TIME", columnList = "OCCURRED_AT"))
public class Interaction extends AbstractEntity {

    /** Length of {@link #getPreview()}. */
    public static final int PREVIEW_LENGTH = 280;

    @Column(name = "CHANNEL", nullable = false, length = 40)
    private String channel;

    @Column(name = "EXTERNAL_ID", nullable = false, length = 500)
    private String externalId;

    @Enumerated(EnumType.STRING)
    @Column(name = "DIRECTION", nullable = false, length = 10)
    private Direction direction;

    @ManyToOne
    @JoinColumn(name = "AUTHOR_ID")
    private Identity author;

    @Column(name = "OCCURRED_AT", nullable = false)
    private Instant occurredAt;

    @Lob
    @Column(name = "BODY")
    private String text;

    @Column(name = "PREVIEW", length = PREVIEW_LENGTH)
    private String preview;

    @ManyToOne
    @JoinColumn(name = "CONVERSATION_ID")
    private Conversation conversation;

    /** External id of the message this one replies to, when the channel says. */
    @Column(name = "PARENT_EXTERNAL_ID", length = 500)
    private String parentExternalId;

    @Lob
    @Column(name = "RAW_PAYLOAD")
    private byte[] rawPayload;

    /** The language of the text as a BCP 47 tag ({@code en}, {@code pt-BR}), when the channel says. */
    @Column(name = "LANGUAGE", length = 20)
    private String language;

    /** Where the message can be seen at its source, when it has an address. */
    @Column(name = "LINK", length = LINK_LENGTH)
    private String link;

    /** Topic tags, lower case, sorted, comma-separated; see {@link #getTags()}. */
    @Column(name = "TAGS", length = TAGS_LENGTH)
    private String tags;

    /** How many people the message reached beyond its author (shares, likes, replies), when known. */
    @Column(name = "REACH")
    private Integer reach;

    /** The longest link kept. */
    public static final int LINK_LENGTH = 2000;
    /** The longest tag list kept, commas included. */
    public static final int TAGS_LENGTH = 1000;

    protected Interaction() {
        // for JPA
    }

    public Interaction(String channel, String externalId, Direction direction, Instant occurredAt) {
        this.channel = channel;
        this.externalId = externalId;
        this.direction = direction;
        this.occurredAt = occurredAt;
    }

    @PrePersist
    @PreUpdate
    void updatePreview() {
        preview = previewOf(text);
    }

    /** The text on one line, cut to {@link #PREVIEW_LENGTH} characters. */
    public static String previewOf(String text) {
        if (text == null) {
            return null;
        }
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= PREVIEW_LENGTH ? oneLine : oneLine.substring(0, PREVIEW_LENGTH - 1) + "\u2026";
    }

    public String getChannel() {
        return channel;
    }

    public String getExternalId() {
        return externalId;
    }

    public Direction getDirection() {
        return direction;
    }

    public Identity getAuthor() {
        return author;
    }

    public void setAuthor(Identity author) {
        this.author = author;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
        this.preview = previewOf(text);
    }

    public String getPreview() {
        return preview;
    }

    public Conversation getConversation() {
        return conversation;
    }

    public void setConversation(Conversation conversation) {
        this.conversation = conversation;
    }

    public String getParentExternalId() {
        return parentExternalId;
    }

    public void setParentExternalId(String parentExternalId) {
        this.parentExternalId = parentExternalId;
    }

    public byte[] getRawPayload() {
        return rawPayload == null ? null : rawPayload.clone();
    }

    public void setRawPayload(byte[] rawPayload) {
        this.rawPayload = rawPayload == null ? null : rawPayload.clone();
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getLink() {
        return link;
    }

    public void setLink(String link) {
        this.link = link;
    }

    /** The topic tags: lower case, trimmed, without duplicates, sorted. */
    public List<String> getTags() {
        return tags == null || tags.isEmpty() ? List.of() : List.of(tags.split(","));
    }

    /**
     * Sets the topic tags. Tags are kept lower case and trimmed, without commas, duplicates or blanks,
     * sorted; the whole list is cut to whole tags within {@link #TAGS_LENGTH}.
     */
    public void setTags(Collection<String> tags) {
        this.tags = normalizeTags(tags);
    }

    /** The stored form of a tag list: {@code billing,outage}; null for no tags. */
    public static String normalizeTags(Collection<String> tags) {
        TreeSet<String> clean = new TreeSet<>();
        for (String tag : tags) {
            String t = tag == null
                    ? ""
                    : tag.strip().toLowerCase(Locale.ROOT).replace(',', ' ').replaceAll("\\s+", "-");
            if (!t.isEmpty()) {
                clean.add(t);
            }
        }
        StringBuilder joined = new StringBuilder();
        for (String tag : clean) {
            if (joined.length() + tag.length() + 1 > TAGS_LENGTH) {
                break;
            }
            joined.append(joined.isEmpty() ? "" : ",").append(tag);
        }
        return joined.isEmpty() ? null : joined.toString();
    }

    public Integer getReach() {
        return reach;
    }

    public void setReach(Integer reach) {
        this.reach = reach;
    }
}

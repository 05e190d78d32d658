/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.connector.feed.internal;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.parley.channels.Author;
import org.parley.channels.ConnectorSettings;
import org.parley.channels.InboundMessage;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;

/** One feed entry as a message of the {@code forum} or {@code review} channel. */
final class EntryMapper {

    private final SyndFeed feed;
    private final String channel;
    private final String site;
    private final List<String> sourceTags;

    EntryMapper(SyndFeed feed, String source, ConnectorSettings settings) {
        this.feed = feed;
        this.channel = FeedChannel.decide(feed, source, settings);
        this.site = site(feed, source);
        this.sourceTags = settings.get(FeedConnector.TAGS).map(t -> List.of(t.split("\\s*,\\s*"))).orElse(List.of());
    }

    String channel() {
        return channel;
    }

    InboundMessage message(SyndEntry entry, String raw) {
        OffsetDateTime when = time(entry.getPublishedDate(), entry.getUpdatedDate(), feed.getPublishedDate());
        if (when == null) {
            throw new IllegalArgumentException("the entry has no date (neither published nor updated)");
        }
        String title = entry.getTitle() == null ? null : Html.toText(entry.getTitle());
        String text = Html.toText(body(entry));
        String link = absolute(entry.getLink());
        String id = externalId(entry, link, title, when);
        if ((title == null || title.isBlank()) && text.isBlank() && link == null) {
            throw new IllegalArgumentException("the entry has neither a title, a text nor a link");
        }
        return InboundMessage.builder(channel, id).thread(id, null).author(author(entry)).occurredAt(when)
                .subject(title).text(text.isBlank() && title != null ? title : text).language(language())
                .link(link == null ? null : URI.create(link)).tags(tags(entry))
                .raw(raw.getBytes(StandardCharsets.UTF_8), "application/xml").build();
    }

    private static String body(SyndEntry entry) {
        for (SyndContent content : entry.getContents()) {
            if (content.getValue() != null && !content.getValue().isBlank()) {
                return content.getValue();
            }
        }
        return entry.getDescription() == null ? "" : entry.getDescription().getValue();
    }

    private Author author(SyndEntry entry) {
        String name = entry.getAuthor();
        if ((name == null || name.isBlank()) && !entry.getAuthors().isEmpty()) {
            SyndPerson person = entry.getAuthors().get(0);
            name = person.getName() != null ? person.getName() : person.getEmail();
        }
        if ((name == null || name.isBlank()) && !feed.getAuthors().isEmpty()) {
            name = feed.getAuthors().get(0).getName();
        }
        if (name == null || name.isBlank()) {
            name = feed.getAuthor();
        }
        if (name == null || name.isBlank()) {
            return Author.of("anonymous@" + site, "Anonymous (" + site + ")");
        }
        String display = name.strip();
        return Author.of(display.toLowerCase(Locale.ROOT) + "@" + site, display);
    }

    private List<String> tags(SyndEntry entry) {
        List<String> tags = new ArrayList<>(sourceTags);
        for (SyndCategory category : entry.getCategories()) {
            if (category.getName() != null && !category.getName().isBlank() && tags.size() < 20) {
                tags.add(category.getName().strip());
            }
        }
        return tags;
    }

    private String language() {
        String language = feed.getLanguage();
        if (language == null || language.isBlank()) {
            return null;
        }
        String tag = Locale.forLanguageTag(language.strip().replace('_', '-')).toLanguageTag();
        return "und".equals(tag) ? null : tag;
    }

    /**
     * The entry's guid or Atom id, else its link, else a digest of what it says; at most 500
     * characters.
     */
    private static String externalId(SyndEntry entry, String link, String title, OffsetDateTime when) {
        String id = entry.getUri() != null && !entry.getUri().isBlank() ? entry.getUri().strip() : link;
        if (id == null || id.length() > InboundMessage.MAX_EXTERNAL_ID) {
            id = "sha256:" + digest(link + "|" + title + "|" + when);
        }
        return id;
    }

    private static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static OffsetDateTime time(Date... dates) {
        for (Date date : dates) {
            if (date != null) {
                return date.toInstant().atOffset(ZoneOffset.UTC);
            }
        }
        return null;
    }

    private static String absolute(String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        try {
            URI uri = URI.create(link.strip());
            return uri.isAbsolute() && uri.getScheme().startsWith("http") ? uri.toString() : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The host the feed's people belong to: a forum's "anna" is not another forum's "anna". */
    private static String site(SyndFeed feed, String source) {
        for (String candidate : new String[]{feed.getLink(), source}) {
            try {
                String host = candidate == null ? null : URI.create(candidate.strip()).getHost();
                if (host != null) {
                    return host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
                }
            } catch (IllegalArgumentException e) {
                // not a URL: try the next
            }
        }
        String title = feed.getTitle() == null ? source : feed.getTitle();
        return title.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.-]+", "-");
    }
}

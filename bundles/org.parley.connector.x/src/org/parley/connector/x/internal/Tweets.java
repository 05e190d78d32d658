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

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/** What the archive and the API have in common: text, dates, languages and links of tweets. */
final class Tweets {

    /** The archive's date format: {@code Fri Mar 06 13:02:05 +0000 2026}. */
    private static final DateTimeFormatter ARCHIVE_DATE = DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss Z yyyy",
            Locale.ENGLISH);

    /** X's own codes for "no language": undefined, media only, hashtags only, emoji only... */
    private static final Set<String> NO_LANGUAGE = Set.of("und", "qme", "qht", "qam", "qct", "zxx", "art", "qst");

    private Tweets() {
    }

    /** The public link of a tweet, which works without knowing the author's current name. */
    static URI link(String tweetId) {
        return URI.create("https://x.com/i/web/status/" + tweetId);
    }

    /** A language tag, or null for X's codes that name no language. */
    static String language(String lang) {
        if (lang == null || lang.isBlank() || NO_LANGUAGE.contains(lang)) {
            return null;
        }
        return lang;
    }

    /** An archive date, or null when it cannot be read. */
    static OffsetDateTime archiveDate(String text) {
        try {
            return text == null ? null : OffsetDateTime.parse(text, ARCHIVE_DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** An API v2 date ({@code 2026-03-06T13:02:05.000Z}), or null when it cannot be read. */
    static OffsetDateTime apiDate(String text) {
        try {
            return text == null ? null : OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * The text as people read it: HTML entities (which X escapes) decoded and t.co links replaced by
     * the links they stand for.
     */
    static String text(String text, JsonNode urls) {
        String result = text == null ? "" : text;
        if (urls != null && urls.isArray()) {
            for (JsonNode url : urls) {
                String shortUrl = url.path("url").asText("");
                String expanded = url.path("expanded_url").asText("");
                if (!shortUrl.isEmpty() && !expanded.isEmpty()) {
                    result = result.replace(shortUrl, expanded);
                }
            }
        }
        return result.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    /**
     * A whole number from a JSON number or a string of digits (the archive writes counts as strings).
     */
    static int count(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return 0;
        }
        return node.isNumber() ? node.asInt() : (int) Math.min(Integer.MAX_VALUE, parseLong(node.asText()));
    }

    private static long parseLong(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}

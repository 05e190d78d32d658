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

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.parley.channels.ConnectorSettings;
import org.parley.channels.InboundMessage;

/**
 * A source's keyword filter: only entries whose title or text holds one of the {@code keywords}
 * (words or phrases, comma-separated) and none of the {@code excludeKeywords} are captured, so a
 * forum or review feed brings the talk about the brand and not the rest. Matching ignores case and
 * finds whole words only ("net" is not in "Netflix"); the words of a phrase may be apart by any
 * white space. Without keywords every entry passes the include test.
 */
final class KeywordFilter {

    /** Not a letter, digit or underscore before and after: a whole word. */
    private static final String START = "(?<![\\p{L}\\p{N}_])";
    private static final String END = "(?![\\p{L}\\p{N}_])";

    private final Pattern include;
    private final Pattern exclude;

    private KeywordFilter(Pattern include, Pattern exclude) {
        this.include = include;
        this.exclude = exclude;
    }

    /** The source's filter, or empty when it sets no keywords to include or exclude. */
    static Optional<KeywordFilter> of(ConnectorSettings settings) {
        Pattern include = pattern(settings.get(FeedConnector.KEYWORDS).orElse(""));
        Pattern exclude = pattern(settings.get(FeedConnector.EXCLUDE_KEYWORDS).orElse(""));
        return include == null && exclude == null ? Optional.empty() : Optional.of(new KeywordFilter(include, exclude));
    }

    /** Whether the message's title and text are about what the source listens for. */
    boolean accepts(InboundMessage message) {
        String text = normal((message.subject() == null ? "" : message.subject()) + "\n" + message.text());
        return (include == null || include.matcher(text).find()) && (exclude == null || !exclude.matcher(text).find());
    }

    /** One pattern for the comma-separated words and phrases, or null when there are none. */
    static Pattern pattern(String list) {
        List<String> alternatives = new ArrayList<>();
        for (String phrase : list.split(",")) {
            String[] words = normal(phrase).strip().split("\\s+");
            if (words[0].isEmpty()) {
                continue;
            }
            List<String> quoted = new ArrayList<>();
            for (String word : words) {
                quoted.add(Pattern.quote(word));
            }
            alternatives.add(START + String.join("\\s+", quoted) + END);
        }
        return alternatives.isEmpty()
                ? null
                : Pattern.compile(String.join("|", alternatives), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The same letters written the same way: "é" as one character or as "e" and an accent. */
    private static String normal(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}

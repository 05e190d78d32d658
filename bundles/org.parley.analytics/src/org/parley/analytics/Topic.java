/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.analytics;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One topic of a workspace's topic set: what a message can be about ("outage", "billing").
 *
 * @param id
 *            a lower-case word ({@code engineer}, {@code moving-house}); routing conditions and
 *            journey touchpoints name topics by it, as they name tags
 * @param label
 *            what people read ("Engineer visit")
 * @param keywords
 *            single words, lower case; a trailing {@code *} matches any ending
 *            ({@code disconnect*})
 * @param phrases
 *            several words in a row ("no internet", "down again"); the phrase's own words may be a
 *            negation ("not working"), only a negation before it cancels it
 */
public record Topic(String id, String label, List<String> keywords, List<String> phrases) {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    public Topic {
        id = id == null ? "" : id.strip();
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("a topic id is a lower-case word (letters, digits, '-'): '" + id + "'");
        }
        label = label == null || label.isBlank() ? id : label.strip();
        keywords = clean(keywords);
        phrases = clean(phrases);
        for (String keyword : keywords) {
            if (keyword.contains(" ")) {
                throw new IllegalArgumentException("topic " + id + ": keyword '" + keyword
                        + "' has several words; put it under phrases");
            }
        }
        if (keywords.isEmpty() && phrases.isEmpty()) {
            throw new IllegalArgumentException("topic " + id + " has no keywords and no phrases");
        }
    }

    private static List<String> clean(List<String> values) {
        return values == null
                ? List.of()
                : values.stream().filter(v -> v != null && !v.isBlank())
                        .map(v -> v.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ")).distinct()
                        .toList();
    }
}

/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.routing;

import java.util.List;

/**
 * What a message must show for a rule to match. Every condition that is set must hold (and); within
 * a list, any value matches (or), except {@code allKeywords}. An empty condition set matches
 * everything.
 *
 * @param types
 *            message types (question, complaint, compliment, other): the message has at least one
 * @param sentimentLabels
 *            sentiment labels (negative, neutral, positive): the message's label is one of them
 * @param sentiment
 *            the sentiment score (-1..+1) lies in this range
 * @param actions
 *            action needed (none, reply, urgent): the message's is one of them
 * @param influence
 *            the author's influence (0..100) lies in this range
 * @param channels
 *            connector channel ids (email, x, facebook, ...)
 * @param anyKeywords
 *            the text holds at least one of these words or phrases (whole words, any case)
 * @param allKeywords
 *            the text holds every one of these words or phrases
 * @param customerTags
 *            the customer carries at least one of these tags
 * @param vip
 *            when set: whether the customer is (true) or is not (false) tagged {@code vip}
 */
public record Conditions(List<String> types, List<String> sentimentLabels, Range sentiment, List<String> actions,
        Range influence, List<String> channels, List<String> anyKeywords, List<String> allKeywords,
        List<String> customerTags, Boolean vip, List<String> topics) {

    public static final Conditions ANY = new Conditions(null, null, null, null, null, null, null, null, null, null,
            null);

    public Conditions {
        types = clean(types);
        sentimentLabels = clean(sentimentLabels);
        actions = clean(actions);
        channels = clean(channels);
        anyKeywords = clean(anyKeywords);
        allKeywords = clean(allKeywords);
        customerTags = clean(customerTags);
        topics = clean(topics).stream().map(t -> t.toLowerCase(java.util.Locale.ROOT)).toList();
    }

    private static List<String> clean(List<String> values) {
        return values == null
                ? List.of()
                : values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
    }

    /** Whether no condition is set, so the rule catches every message. */
    public boolean isEmpty() {
        return equals(ANY);
    }
}

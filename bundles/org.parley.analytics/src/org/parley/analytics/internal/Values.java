/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.analytics.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.parley.analytics.ActionNeeded;
import org.parley.analytics.Aspect;
import org.parley.analytics.Classification;
import org.parley.analytics.MessageType;
import org.parley.analytics.SentimentLabel;

/** An aspect's value as text: how corrections, training examples and evaluations name it. */
final class Values {

    private Values() {
    }

    /**
     * The canonical form of a value: types sorted and comma-separated ({@code complaint,question}), a
     * sentiment label, an action.
     *
     * @throws IllegalArgumentException
     *             for influence or a value that is not one of the aspect's choices
     */
    static String normalize(Aspect aspect, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("no value given for " + aspect.key());
        }
        return switch (aspect) {
            case TYPE -> typeKeys(types(value));
            case SENTIMENT -> SentimentLabel.of(value).key();
            case ACTION -> ActionNeeded.of(value).key();
            case TOPIC -> topicKeys(topics(value));
            case INFLUENCE -> throw new IllegalArgumentException(
                    "influence is computed from the channel's facts and cannot be corrected");
        };
    }

    static Set<MessageType> types(String value) {
        Set<MessageType> types = EnumSet.noneOf(MessageType.class);
        for (String part : value.split("[,\\s+]+")) {
            if (!part.isBlank()) {
                types.add(MessageType.of(part));
            }
        }
        if (types.size() > 1) {
            types.remove(MessageType.OTHER);
        }
        return types.isEmpty() ? EnumSet.of(MessageType.OTHER) : types;
    }

    /**
     * Topic ids from {@code billing,outage}; {@code none} (or nothing) is no topic. Whether the ids are
     * the workspace's is checked where the topic set is known.
     */
    static List<String> topics(String value) {
        List<String> ids = new ArrayList<>();
        for (String part : (value == null ? "" : value).toLowerCase(Locale.ROOT).split("[,\\s+]+")) {
            if (!part.isBlank() && !"none".equals(part) && !ids.contains(part)) {
                ids.add(part);
            }
        }
        return ids;
    }

    /** Topic ids sorted and comma-separated, {@code none} for no topic. */
    static String topicKeys(List<String> topics) {
        return topics.isEmpty() ? "none" : String.join(",", topics.stream().sorted().toList());
    }

    static String typeKeys(Set<MessageType> types) {
        return String.join(",", types.stream().map(MessageType::key).sorted().toList());
    }

    /** What a classification says about an aspect, in the same form. */
    static String of(Classification c, Aspect aspect) {
        return switch (aspect) {
            case TYPE -> typeKeys(c.types());
            case SENTIMENT -> c.sentimentLabel().key();
            case ACTION -> c.action().key();
            case INFLUENCE -> Integer.toString(c.influence());
            case TOPIC -> topicKeys(c.topics());
        };
    }
}

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

import java.util.Locale;

/** The sentiment of a message as a word; scores within ±{@value #THRESHOLD} are neutral. */
public enum SentimentLabel {
    NEGATIVE,
    NEUTRAL,
    POSITIVE;

    /** Scores above this are positive, below its negative negative (VADER's usual threshold). */
    public static final double THRESHOLD = 0.05;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The label of a score in −1…+1. */
    public static SentimentLabel of(double score) {
        if (score >= THRESHOLD) {
            return POSITIVE;
        }
        return score <= -THRESHOLD ? NEGATIVE : NEUTRAL;
    }

    public static SentimentLabel of(String key) {
        try {
            return valueOf(key.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "unknown sentiment '" + key + "' (negative, neutral or positive)", e);
        }
    }
}

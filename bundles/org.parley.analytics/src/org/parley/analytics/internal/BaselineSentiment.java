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

/**
 * The plain lexicon baseline for evaluation: the sum of the VADER valences of the words, normalised
 * like the rules' sum, with no rules at all (no negation, boosters, caps, punctuation, emoji or
 * slang). Not a classifier service; {@code parley-cli eval} prints it beside the real chain.
 */
final class BaselineSentiment {

    private final Lexicon lexicon;

    BaselineSentiment(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    double score(String text) {
        double sum = 0;
        for (String token : Tokens.sentimentTokens(text)) {
            double v = lexicon.plainValence(Tokens.lower(token));
            if (!Double.isNaN(v)) {
                sum += v;
            }
        }
        return sum / Math.sqrt(sum * sum + SentimentRules.NORMALISER);
    }
}

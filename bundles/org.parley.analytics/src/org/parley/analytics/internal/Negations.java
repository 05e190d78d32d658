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

import java.util.Set;

/** The negation words, one list for sentiment and topics. */
final class Negations {

    /** As written, with and without the apostrophe: "dont" and "don't". */
    static final Set<String> WORDS = Set.of("aint", "arent", "cannot", "cant", "couldnt", "darent", "didnt", "doesnt",
            "dont", "hadnt", "hasnt", "havent", "isnt", "mightnt", "mustnt", "neither", "neednt", "never", "none",
            "nope", "nor", "not", "nothing", "nowhere", "oughtnt", "shant", "shouldnt", "uhuh", "wasnt", "werent",
            "without", "wont", "wouldnt", "rarely", "seldom", "despite", "no", "nobody", "nah", "aren't", "can't",
            "couldn't", "didn't", "doesn't", "don't", "hadn't", "hasn't", "haven't", "isn't", "mustn't", "shouldn't",
            "wasn't", "weren't", "won't", "wouldn't", "ain't");

    private Negations() {
    }

    /** Whether a lower-case word negates what follows it. */
    static boolean is(String word) {
        return WORDS.contains(word) || word.endsWith("n't");
    }
}

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A list of cue phrases, each with a group and a weight, found in a message's lower-case words. A
 * phrase is words separated by spaces; a word ending in {@code *} matches any word it starts.
 */
final class Phrases {

    /** A phrase found: which, its group, its weight and where it starts. */
    record Match(String phrase, String group, double weight, int at) {
    }

    private record Phrase(String text, String[] words, String group, double weight) {
    }

    private final Map<String, List<Phrase>> byFirstWord = new HashMap<>();

    /** Adds phrases of a group: {@code add("legal", 2, "lawyer", "legal action", ...)}. */
    Phrases add(String group, double weight, String... phrases) {
        for (String text : phrases) {
            String[] words = text.split(" ");
            byFirstWord.computeIfAbsent(words[0], w -> new ArrayList<>()).add(new Phrase(text, words, group, weight));
        }
        return this;
    }

    /** Every phrase found in the words, in order of position. */
    List<Match> find(List<String> words) {
        List<Match> found = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            List<Phrase> candidates = byFirstWord.get(words.get(i));
            if (candidates == null) {
                continue;
            }
            for (Phrase phrase : candidates) {
                if (matches(phrase.words(), words, i)) {
                    found.add(new Match(phrase.text(), phrase.group(), phrase.weight(), i));
                }
            }
        }
        return found;
    }

    private static boolean matches(String[] phrase, List<String> words, int at) {
        if (at + phrase.length > words.size()) {
            return false;
        }
        for (int k = 1; k < phrase.length; k++) {
            String want = phrase[k];
            String word = words.get(at + k);
            boolean ok = want.endsWith("*")
                    ? word.startsWith(want.substring(0, want.length() - 1))
                    : want.equals(word);
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}

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
import java.util.List;
import java.util.Set;

/**
 * The features the sentiment model reads, hashed into {@value #BITS} bits: words (handles as
 * {@code @user}, digit runs as {@code 0}, letters repeated more than twice cut to two, hashtags as
 * their words, URLs left out), the words after a negation marked as negated, word pairs, character
 * 3- to 5-grams of the words, and the lexicon's verdict (the rules' score, binned and as a value).
 * The words and pairs keep their names so a verdict can say which of them decided; the character
 * n-grams are anonymous. Word and character features are each scaled to unit length.
 */
final class TextFeatures {

    static final int BITS = 18;
    static final int SIZE = 1 << BITS;
    /** The hashed features, then the lexicon's own (not hashed, not regularised in training). */
    static final int DIMENSIONS = SIZE + 8;
    private static final Set<String> NEGATORS = Set.of("not", "no", "never", "cannot", "nothing", "nobody",
            "none", "without", "nor", "neither", "nowhere", "dont", "doesnt", "didnt", "isnt", "arent", "wasnt",
            "werent", "cant", "couldnt", "wouldnt", "shouldnt", "wont", "havent", "hasnt", "hadnt", "aint");
    private static final double[] BINS = {-0.6, -0.3, -0.05, 0.05, 0.3, 0.6};

    /** Hashed feature indices and values; the first {@code names.size()} are named word features. */
    record Features(int[] index, float[] value, List<String> names) {
    }

    private TextFeatures() {
    }

    static Features of(String text, SentimentRules.Result rules) {
        List<String> words = words(text);
        List<String> named = named(text, words);
        StringBuilder joined = new StringBuilder(text.length() + 2).append(' ');
        for (String w : words) {
            joined.append(w).append(' ');
        }
        int len = joined.length();
        int grams = Math.max(0, len - 2) + Math.max(0, len - 3) + Math.max(0, len - 4);
        int lexicon = rules == null ? 0 : 2;
        int n = named.size() + grams + lexicon;
        int[] index = new int[n];
        float[] value = new float[n];
        float wordValue = named.isEmpty() ? 0 : (float) (1 / Math.sqrt(named.size()));
        int at = 0;
        for (String f : named) {
            index[at] = hash(f.hashCode());
            value[at++] = wordValue;
        }
        float charValue = grams == 0 ? 0 : (float) (1 / Math.sqrt(grams));
        for (int start = 0; start + 3 <= len; start++) {
            int h = joined.charAt(start) * 961 + joined.charAt(start + 1) * 31 + joined.charAt(start + 2);
            index[at] = hash(h * 0x2545F491 + 3);
            value[at++] = charValue;
            if (start + 4 <= len) {
                h = h * 31 + joined.charAt(start + 3);
                index[at] = hash(h * 0x2545F491 + 4);
                value[at++] = charValue;
                if (start + 5 <= len) {
                    h = h * 31 + joined.charAt(start + 4);
                    index[at] = hash(h * 0x2545F491 + 5);
                    value[at++] = charValue;
                }
            }
        }
        if (rules != null) {
            index[at] = SIZE + bin(rules.score());
            value[at++] = 1;
            index[at] = SIZE + BINS.length + 1;
            value[at++] = (float) rules.score();
        }
        return new Features(index, value, named);
    }

    /** The named features: words, words after a negation, word pairs, '?' and '!'. */
    private static List<String> named(String text, List<String> words) {
        List<String> named = new ArrayList<>(words.size() * 3);
        int scope = 0;
        String previous = null;
        for (String w : words) {
            named.add(w);
            if (scope > 0) {
                named.add("not_" + w);
                scope--;
            }
            if (NEGATORS.contains(w) || w.endsWith("n't")) {
                scope = 3;
            }
            if (previous != null) {
                named.add(previous + " " + w);
            }
            previous = w;
        }
        if (text.indexOf('?') >= 0) {
            named.add("?");
        }
        if (text.indexOf('!') >= 0) {
            named.add("!");
        }
        return named;
    }

    private static int bin(double score) {
        int bin = 0;
        while (bin < BINS.length && score > BINS[bin]) {
            bin++;
        }
        return bin;
    }

    static int hash(int h) {
        int x = h * 0x9E3779B1;
        x ^= x >>> 15;
        x *= 0x85EBCA6B;
        x ^= x >>> 13;
        return x >>> (32 - BITS);
    }

    /** The model's words: see the class comment. */
    static List<String> words(String text) {
        List<String> raw = Tokens.words(text);
        List<String> words = new ArrayList<>(raw.size());
        for (String w : raw) {
            words.add(normalise(w));
        }
        return words;
    }

    private static String normalise(String word) {
        if (Tokens.isHandle(word)) {
            return "@user";
        }
        StringBuilder out = null;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            boolean digitRun = Character.isDigit(c) && i > 0 && Character.isDigit(word.charAt(i - 1));
            boolean repeat = i > 1 && c == word.charAt(i - 1) && c == word.charAt(i - 2) && !Character.isDigit(c);
            if (digitRun || repeat) {
                if (out == null) {
                    out = new StringBuilder(word.length()).append(word, 0, i);
                }
                continue;
            }
            char d = Character.isDigit(c) ? '0' : c;
            if (out != null) {
                out.append(d);
            } else if (d != c) {
                out = new StringBuilder(word.length()).append(word, 0, i).append(d);
            }
        }
        return out == null ? word : out.toString();
    }
}

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
import java.util.Locale;

/** How Parley cuts text into tokens. */
final class Tokens {

    private Tokens() {
    }

    /**
     * VADER-style tokens: split on white space; punctuation is stripped from both ends unless that
     * leaves two characters or fewer (so emoticons such as {@code :)} and {@code :-(} survive); single
     * characters are dropped. Case is kept, for the ALL CAPS rule.
     */
    static List<String> sentimentTokens(String text) {
        return sentimentTokens(text, null);
    }

    /**
     * The tokens as {@link #sentimentTokens(String)}; {@code sentenceEnds}, when given, receives for
     * each token whether it closes a sentence (its raw form ends with '.', '!', '?' or ';'), so that
     * negations and intensifiers do not reach into the next sentence.
     */
    static List<String> sentimentTokens(String text, List<Boolean> sentenceEnds) {
        List<String> tokens = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                String raw = text.substring(start, i);
                String token = stripPunctuation(raw);
                if (token.length() > 1) {
                    tokens.add(token);
                    if (sentenceEnds != null) {
                        sentenceEnds.add(endsSentence(raw));
                    }
                } else if (sentenceEnds != null && !sentenceEnds.isEmpty() && endsSentence(raw)) {
                    sentenceEnds.set(sentenceEnds.size() - 1, true);
                }
            }
        }
        return tokens;
    }

    private static boolean endsSentence(String raw) {
        for (int i = raw.length() - 1; i >= 0; i--) {
            char c = raw.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == ';') {
                return true;
            }
            if (c != '"' && c != '\'' && c != ')' && c != ']') {
                return false;
            }
        }
        return false;
    }

    private static String stripPunctuation(String token) {
        int start = 0;
        int end = token.length();
        while (start < end && isPunctuation(token.charAt(start))) {
            start++;
        }
        while (end > start && isPunctuation(token.charAt(end - 1))) {
            end--;
        }
        return end - start <= 2 ? token : token.substring(start, end);
    }

    static boolean isPunctuation(char c) {
        return c < 128 && !Character.isLetterOrDigit(c) && !Character.isWhitespace(c);
    }

    /**
     * Lower-case words for phrase matching and the learned model: runs of letters, digits and
     * apostrophes (typographic ones made plain); {@code @handles} keep their {@code @}.
     */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c) || (c == '@' && word.isEmpty())) {
                word.append(Character.toLowerCase(c));
            } else if ((c == '\'' || c == '\u2019') && !word.isEmpty()) {
                word.append('\'');
            } else if (!word.isEmpty()) {
                words.add(trimApostrophes(word));
                word.setLength(0);
            }
        }
        if (!word.isEmpty()) {
            words.add(trimApostrophes(word));
        }
        words.removeIf(String::isEmpty);
        return words;
    }

    private static String trimApostrophes(StringBuilder word) {
        int end = word.length();
        while (end > 0 && word.charAt(end - 1) == '\'') {
            end--;
        }
        return word.substring(0, end);
    }

    static String lower(String token) {
        return token.toLowerCase(Locale.ROOT);
    }

    /** Whether a token has letters and all of them are upper case. */
    static boolean isAllCaps(String token) {
        boolean letters = false;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters = true;
            }
        }
        return letters;
    }
}

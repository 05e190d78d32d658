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
        return sentimentTokens(text, null, null);
    }

    /**
     * The tokens as {@link #sentimentTokens(String)}; {@code sentenceEnds}, when given, receives for
     * each token whether it closes a sentence (its raw form ends with '.', '!', '?' or ';'), so that
     * negations and intensifiers do not reach into the next sentence; {@code clauseEnds}, when given,
     * whether it closes a clause (a sentence end, ',' or ':'), so that a negation does not reach past a
     * comma ("thanks for nothing, lost my order": "nothing" does not negate "lost").
     */
    static List<String> sentimentTokens(String original, List<Boolean> sentenceEnds, List<Boolean> clauseEnds) {
        String text = clean(original);
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
                if (token.length() > 1 && !isHandle(withoutLeadingPunctuation(raw))) {
                    tokens.add(token);
                    if (sentenceEnds != null) {
                        sentenceEnds.add(endsSentence(raw));
                    }
                    if (clauseEnds != null) {
                        clauseEnds.add(endsSentence(raw) || endsClause(raw));
                    }
                } else if (!tokens.isEmpty()) {
                    if (sentenceEnds != null && endsSentence(raw)) {
                        sentenceEnds.set(sentenceEnds.size() - 1, true);
                    }
                    if (clauseEnds != null && (endsSentence(raw) || endsClause(raw))) {
                        clauseEnds.set(clauseEnds.size() - 1, true);
                    }
                }
            }
        }
        return tokens;
    }

    /** The raw token from its first letter, digit or '@' on (".@united" → "@united"). */
    private static String withoutLeadingPunctuation(String raw) {
        int start = 0;
        while (start < raw.length() - 1 && raw.charAt(start) != '@' && isPunctuation(raw.charAt(start))) {
            start++;
        }
        return start == 0 ? raw : raw.substring(start);
    }

    /** An {@code @handle}: a name, not a word ("@united", "@joy" say nothing about the mood). */
    static boolean isHandle(String token) {
        return token.length() > 1 && token.charAt(0) == '@' && Character.isLetterOrDigit(token.charAt(1));
    }

    /**
     * The text as the classifiers read it: URLs ({@code http://…}, {@code www.…}) removed, hashtags
     * spelled out as their words ({@code #NeverAgain} → "Never Again", {@code #fail} → "fail");
     * {@code @handles} stay (the rules and the model skip them). Returns the text itself when it has
     * neither.
     */
    static String clean(String text) {
        if (text.indexOf('#') < 0 && text.indexOf("http") < 0 && text.indexOf("www.") < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            boolean wordStart = i == 0 || Character.isWhitespace(text.charAt(i - 1))
                    || isPunctuation(text.charAt(i - 1));
            if (wordStart && (text.startsWith("http://", i) || text.startsWith("https://", i)
                    || text.startsWith("www.", i))) {
                while (i < n && !Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
                out.append(' ');
                continue;
            }
            if (c == '#' && i + 1 < n && Character.isLetter(text.charAt(i + 1))) {
                i = spellHashtag(text, i + 1, out);
                continue;
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    /** Appends the words of the hashtag starting at {@code at} (after '#'); returns where it ends. */
    private static int spellHashtag(String text, int at, StringBuilder out) {
        int i = at;
        int n = text.length();
        out.append(' ');
        while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
            char c = text.charAt(i);
            if (i > at && Character.isUpperCase(c)) {
                char before = text.charAt(i - 1);
                boolean nextLower = i + 1 < n && Character.isLowerCase(text.charAt(i + 1));
                if (Character.isLowerCase(before) || Character.isDigit(before)
                        || (Character.isUpperCase(before) && nextLower)) {
                    out.append(' ');
                }
            } else if (i > at && Character.isDigit(c) != Character.isDigit(text.charAt(i - 1))) {
                out.append(' ');
            }
            out.append(c);
            i++;
        }
        return i;
    }

    private static boolean endsClause(String raw) {
        char last = raw.charAt(raw.length() - 1);
        return last == ',' || last == ':' || raw.equals("-") || raw.equals("\u2013") || raw.equals("\u2014");
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
     * apostrophes (typographic ones made plain); {@code @handles} keep their {@code @}; URLs are left
     * out and hashtags split into their words (see {@link #clean(String)}).
     */
    static List<String> words(String original) {
        String text = clean(original);
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

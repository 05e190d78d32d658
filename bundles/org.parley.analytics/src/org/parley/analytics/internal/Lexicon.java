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

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The VADER sentiment lexicon (word → mean valence −4…+4) and emoji descriptions, shipped in the
 * bundle under {@code lexicon/} (MIT, see {@code LICENSE-vader.txt}), plus Parley's own spellings
 * of social-media slang that the lexicon lacks. Immutable once loaded.
 */
final class Lexicon {

    private final Map<String, Double> valences;
    private final Map<String, String> emoji;
    private final Map<String, String> slang;
    private final int longestEmoji;

    private Lexicon(Map<String, Double> valences, Map<String, String> emoji, Map<String, String> slang) {
        this.valences = valences;
        this.emoji = emoji;
        this.slang = slang;
        this.longestEmoji = emoji.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    /** Loads the shipped lexicon from the bundle. */
    static Lexicon load() {
        Map<String, Double> valences = new HashMap<>(16_000);
        read("/lexicon/vader_lexicon.txt", (word, rest) -> {
            int tab = rest.indexOf('\t');
            valences.put(word, Double.parseDouble(tab < 0 ? rest : rest.substring(0, tab)));
        });
        Map<String, String> emoji = new HashMap<>(8_000);
        read("/lexicon/emoji_utf8_lexicon.txt", emoji::put);
        return new Lexicon(valences, emoji, slang());
    }

    private static Map<String, String> slang() {
        Map<String, String> words = new HashMap<>();
        String[] pairs = {"luv", "love", "gud", "good", "gr8t", "great", "grt", "great", "awsome", "awesome",
                "amazin", "amazing", "thanx", "thanks", "thnx", "thanks", "ty", "thanks", "tysm", "thanks",
                "thankyou", "thanks", "pls", "please", "plz", "please", "terible", "terrible", "horrible",
                "horrible", "worse", "worse", "sucks", "sucks", "suxx", "sucks", "disapointed", "disappointed",
                "dissapointed", "disappointed", "ridic", "ridiculous", "unacceptible", "unacceptable", "gutted",
                "sad", "chuffed", "happy", "fab", "fabulous", "brill", "brilliant", "ace", "excellent", "rubbish",
                "bad", "crap", "bad", "garbage", "bad", "trash", "bad", "scam", "fraud", "ripoff", "fraud",
                "rip-off", "fraud", "useless", "useless", "wth", "wtf", "ffs", "wtf", "smdh", "smh", "rofl", "lol",
                "lolz", "lol", "lmfao", "lmao", "yaaay", "yay", "yesss", "yes", "noooo", "no", "ughh", "ugh",
                "argh", "ugh", "grr", "ugh", "fuming", "furious", "livid", "furious", "pissed", "angry",
                "shite", "shit", "sh*t", "shit", "f*cking", "fucking", "fkn", "fucking"};
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            words.put(pairs[i], pairs[i + 1]);
        }
        return Map.copyOf(words);
    }

    private static void read(String resource, BiConsumer<String, String> line) {
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The analytics bundle lacks " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String text = reader.readLine(); text != null; text = reader.readLine()) {
                int tab = text.indexOf('\t');
                if (tab > 0) {
                    line.accept(text.substring(0, tab), text.substring(tab + 1).strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    /** The valence of a lower-case token (slang spelled out first), or NaN when it has none. */
    double valence(String lower) {
        Double v = valences.get(lower);
        if (v == null) {
            String spelled = slang.get(lower);
            v = spelled == null ? null : valences.get(spelled);
        }
        return v == null ? Double.NaN : v;
    }

    /** The valence of the token exactly as in the lexicon, without slang; NaN when none. */
    double plainValence(String lower) {
        Double v = valences.get(lower);
        return v == null ? Double.NaN : v;
    }

    boolean has(String lower) {
        return valences.containsKey(lower) || slang.containsKey(lower);
    }

    /** The description of the emoji starting at {@code at}, and its length, or null. */
    String emojiAt(String text, int at, int[] length) {
        int max = Math.min(longestEmoji, text.length() - at);
        for (int len = max; len >= 1; len--) {
            String description = emoji.get(text.substring(at, at + len));
            if (description != null) {
                length[0] = len;
                return description;
            }
        }
        return null;
    }
}

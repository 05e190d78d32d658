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
 * Parley's sentiment rules over the VADER lexicon, in the manner of Hutto and Gilbert (2014): emoji
 * are read as their descriptions; each word's valence is raised by intensifiers ("very") and
 * lowered by dampeners ("slightly") in the three words before it, flipped and dampened by a
 * negation in those words, raised for ALL CAPS in a text that is not all caps; words before "but"
 * count half, after it one and a half; "!" and repeated "?" push the total away from zero; the sum
 * is normalised to −1…+1 by {@code s / sqrt(s² + 15)}.
 */
final class SentimentRules {

    static final double BOOST = 0.293;
    static final double CAPS = 0.733;
    static final double NEGATION = -0.74;
    static final double NORMALISER = 15;

    private static final Set<String> INTENSIFIERS = Set.of("absolutely", "amazingly", "awfully", "completely",
            "considerably", "decidedly", "deeply", "effing", "enormously", "entirely", "especially",
            "exceptionally", "extremely", "fabulously", "flipping", "flippin", "fricking", "frickin", "frigging",
            "friggin", "fully", "fucking", "fkn", "greatly", "hella", "highly", "hugely", "incredibly",
            "intensely", "majorly", "more", "most", "particularly", "purely", "quite", "really", "remarkably",
            "so", "soo", "sooo", "substantially", "thoroughly", "totally", "tremendously", "uber",
            "unbelievably", "unusually", "utterly", "very", "super", "seriously", "truly", "bloody", "freaking",
            "insanely", "ridiculously");
    private static final Set<String> DAMPENERS = Set.of("almost", "barely", "hardly", "kinda", "kindof",
            "less", "little", "marginally", "occasionally", "partly", "scarcely", "slightly", "somewhat",
            "sorta", "sortof", "fairly");
    private static final Set<String> NEGATIONS = Negations.WORDS;
    /** "can't believe how good", "not only good": the negation does not reach past these. */
    private static final Set<String> NOT_NEGATING = Set.of("believe", "only", "just", "wait");
    /**
     * Words that, alone, acknowledge or assent ("ok", "got it", "yes"). VADER's raters scored them as
     * assessments ("the food was ok" is mildly positive); a message made of nothing else is a receipt,
     * not an opinion, so it is neutral. Thanks, praise, emoticons and emoji are not in the list: "ok
     * thanks" and "ok :)" keep their sentiment.
     */
    private static final Set<String> ACKNOWLEDGEMENTS = Set.of("ok", "okay", "okey", "k", "kk", "alright",
            "yes", "yeah", "yep", "yup", "sure", "fine", "noted", "understood", "agreed", "got", "it", "right");
    private static final int MAX_CUES = 12;

    /** A score in −1…+1 and the cues that made it. */
    record Result(double score, List<Evidence> evidence) {
    }

    /** One contribution: a feature, its weight and what it means. */
    record Evidence(String feature, double weight, String text) {
    }

    private final Lexicon lexicon;

    SentimentRules(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    Result score(String raw) {
        List<Evidence> evidence = new ArrayList<>();
        String text = EmojiText.spellOut(raw, lexicon, evidence);
        List<Boolean> sentenceEnds = new ArrayList<>();
        List<Boolean> clauseEnds = new ArrayList<>();
        List<String> tokens = Tokens.sentimentTokens(text, sentenceEnds, clauseEnds);
        int n = tokens.size();
        String[] lower = new String[n];
        for (int i = 0; i < n; i++) {
            lower[i] = Tokens.lower(tokens.get(i));
        }
        List<String> words = Tokens.words(text);
        if (!words.isEmpty() && words.stream().allMatch(ACKNOWLEDGEMENTS::contains)
                && tokens.stream().allMatch(SentimentRules::hasLetter)) {
            evidence.add(new Evidence("acknowledgement", 0,
                    "only an acknowledgement ('" + String.join(" ", words) + "'): no opinion"));
            return new Result(0, evidence);
        }
        int[] sentenceStart = sentenceStarts(sentenceEnds);
        int[] clauseStart = sentenceStarts(clauseEnds);
        boolean capsDiffer = capsDiffer(tokens);
        double[] valence = new double[n];
        String[] notes = new String[n];
        for (int i = 0; i < n; i++) {
            valence[i] = valence(tokens, lower, i, sentenceStart[i], clauseStart[i], capsDiffer, notes);
        }
        Sarcasm.apply(lower, valence, notes);
        applyBut(lower, valence, evidence);
        double sum = 0;
        for (double v : valence) {
            sum += v;
        }
        sum = punctuation(text, sum, evidence);
        double score = sum / Math.sqrt(sum * sum + NORMALISER);
        addWordEvidence(lower, valence, notes, evidence);
        return new Result(score, evidence.size() > MAX_CUES ? evidence.subList(0, MAX_CUES) : evidence);
    }

    private static boolean capsDiffer(List<String> tokens) {
        int caps = 0;
        int words = 0;
        for (String token : tokens) {
            if (hasLetter(token)) {
                words++;
                if (Tokens.isAllCaps(token)) {
                    caps++;
                }
            }
        }
        return caps > 0 && caps < words;
    }

    private static boolean hasLetter(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (Character.isLetter(token.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** For each token, the index of the first token of its sentence. */
    private static int[] sentenceStarts(List<Boolean> sentenceEnds) {
        int[] starts = new int[sentenceEnds.size()];
        int start = 0;
        for (int i = 0; i < starts.length; i++) {
            starts[i] = start;
            if (sentenceEnds.get(i)) {
                start = i + 1;
            }
        }
        return starts;
    }

    /**
     * The valence of word {@code i}; intensifiers, dampeners and negations count only within its
     * sentence (from {@code first} on).
     */
    private double valence(List<String> tokens, String[] lower, int i, int first, int clause, boolean capsDiffer,
            String[] notes) {
        String word = lower[i];
        if (INTENSIFIERS.contains(word) || DAMPENERS.contains(word) || isKindOf(lower, i)) {
            return 0;
        }
        double v = lexicon.valence(word);
        if (Double.isNaN(v)) {
            return 0;
        }
        StringBuilder note = new StringBuilder();
        if (capsDiffer && Tokens.isAllCaps(tokens.get(i))) {
            v += Math.signum(v) * CAPS;
            note.append(", ALL CAPS");
        }
        for (int back = 1; back <= 3 && i - back >= first; back++) {
            String before = lower[i - back];
            double scalar = boost(before, v, tokens.get(i - back), capsDiffer);
            if (scalar != 0) {
                v += scalar * (back == 1 ? 1 : back == 2 ? 0.95 : 0.9);
                note.append(scalar * v > 0 ? ", intensified by '" : ", dampened by '").append(before).append('\'');
            }
        }
        if (negated(lower, i, Math.max(first, clause))) {
            v *= NEGATION;
            note.append(", negated");
        }
        notes[i] = note.toString();
        return v;
    }

    private static boolean isKindOf(String[] lower, int i) {
        return "kind".equals(lower[i]) && i + 1 < lower.length && "of".equals(lower[i + 1]);
    }

    private static double boost(String before, double valence, String original, boolean capsDiffer) {
        double scalar;
        if (INTENSIFIERS.contains(before)) {
            scalar = BOOST;
        } else if (DAMPENERS.contains(before)) {
            scalar = -BOOST;
        } else {
            return 0;
        }
        if (valence < 0) {
            scalar = -scalar;
        }
        if (capsDiffer && Tokens.isAllCaps(original)) {
            scalar += Math.signum(scalar) * CAPS;
        }
        return scalar;
    }

    /**
     * A negation among the three words before in the same clause, or "least" right before (not "at
     * least"); "nothing" after "for" ("thanks for nothing", "all for nothing") negates nothing.
     */
    private static boolean negated(String[] lower, int i, int first) {
        for (int back = 1; back <= 3 && i - back >= first; back++) {
            String before = lower[i - back];
            if ("nothing".equals(before) && i - back - 1 >= 0 && "for".equals(lower[i - back - 1])) {
                continue;
            }
            if (NEGATIONS.contains(before) || before.endsWith("n't")) {
                String after = lower[i - back + 1];
                return !(back > 1 && ("never".equals(before) && isSoThis(after) || NOT_NEGATING.contains(after)));
            }
        }
        return i - 1 >= first && "least".equals(lower[i - 1]) && (i - 2 < first || !"at".equals(lower[i - 2]));
    }

    private static boolean isSoThis(String word) {
        return "so".equals(word) || "this".equals(word);
    }

    private static void applyBut(String[] lower, double[] valence, List<Evidence> evidence) {
        int but = -1;
        for (int i = 0; i < lower.length; i++) {
            if ("but".equals(lower[i]) || "however".equals(lower[i])) {
                but = i;
            }
        }
        if (but < 0) {
            return;
        }
        for (int i = 0; i < valence.length; i++) {
            valence[i] *= i < but ? 0.5 : i > but ? 1.5 : 1;
        }
        evidence.add(new Evidence("rule:but", 0, "'" + lower[but] + "' shifts the weight to what follows"));
    }

    private static double punctuation(String text, double sum, List<Evidence> evidence) {
        if (sum == 0) {
            return 0;
        }
        int bangs = 0;
        int questions = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            bangs += c == '!' ? 1 : 0;
            questions += c == '?' ? 1 : 0;
        }
        double amplifier = Math.min(bangs, 4) * 0.292;
        if (questions > 1) {
            amplifier += questions <= 3 ? questions * 0.18 : 0.96;
        }
        if (amplifier == 0) {
            return sum;
        }
        double signed = Math.copySign(amplifier, sum);
        evidence.add(new Evidence("rule:punctuation", signed, "'!' or repeated '?' add emphasis"));
        return sum + signed;
    }

    private static void addWordEvidence(String[] lower, double[] valence, String[] notes, List<Evidence> evidence) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < valence.length; i++) {
            if (valence[i] != 0) {
                order.add(i);
            }
        }
        order.sort((a, b) -> Double.compare(Math.abs(valence[b]), Math.abs(valence[a])));
        int at = 0;
        for (int i : order) {
            String text = String.format(java.util.Locale.ROOT, "'%s' %+.2f%s", lower[i], valence[i], notes[i]);
            evidence.add(Math.min(at++, evidence.size()), new Evidence("word:" + lower[i], valence[i], text));
        }
    }
}

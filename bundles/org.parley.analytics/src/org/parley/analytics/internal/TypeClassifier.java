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

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.parley.analytics.Aspect;
import org.parley.analytics.ClassificationDraft;
import org.parley.analytics.ClassifierId;
import org.parley.analytics.Cue;
import org.parley.analytics.MessageClassifier;
import org.parley.analytics.MessageType;
import org.parley.analytics.SentimentLabel;

/**
 * Question, complaint, compliment or other, from cues: a question by its form (a question mark, a
 * sentence opening with a question word or an inverted auxiliary, "I'd like to know"); a complaint
 * by complaint words, problem phrases and negative sentiment; a compliment by praise and thanks
 * with positive sentiment. Each cue has a weight; a type is given when its weights reach 1.
 */
@Component(service = MessageClassifier.class)
public final class TypeClassifier implements MessageClassifier {

    static final ClassifierId ID = new ClassifierId("parley.type", "1.2");

    /**
     * How sure the sentiment model must be of a negative message that the lexicon finds neutral for it
     * to count as a negative mood: below this, support requests ("how do I contact customer service")
     * that the model finds a little negative would become complaints.
     */
    static final double MODEL_MOOD = 0.8;

    /** A sentiment this positive in a message that neither asks nor complains is praise. */
    static final double CLEARLY_POSITIVE = 0.6;

    private final TypeCues cues = new TypeCues();

    @Override
    public ClassifierId id() {
        return ID;
    }

    @Override
    public Set<Aspect> aspects() {
        return Set.of(Aspect.TYPE);
    }

    @Override
    public void classify(ClassificationDraft draft) {
        String text = draft.text();
        List<String> words = Tokens.words(text);
        Set<MessageType> types = EnumSet.noneOf(MessageType.class);
        boolean question = question(draft, text, words);
        if (question) {
            types.add(MessageType.QUESTION);
        }
        double sentiment = draft.sentiment().orElse(0);
        List<Phrases.Match> found = cues.find(words);
        boolean complaint = complaint(draft, found, sentiment);
        if (complaint) {
            types.add(MessageType.COMPLAINT);
        }
        boolean compliment = compliment(draft, found, sentiment, question || complaint);
        if (compliment) {
            types.add(MessageType.COMPLIMENT);
        }
        if (complaint && sentiment >= SentimentLabel.THRESHOLD) {
            cue(draft, "rule:complaint-despite-positive", 0, compliment
                    ? "praise and a grievance in one message: a complaint although the sentiment is positive overall"
                    : "a complaint although the words are positive overall: the grievance is put politely or "
                            + "as a fact");
        }
        draft.setTypes(ID, types);
    }

    private boolean question(ClassificationDraft draft, String text, List<String> words) {
        if (text.indexOf('?') >= 0) {
            cue(draft, "rule:question-mark", 1, "a question mark");
            return true;
        }
        for (String sentence : sentences(text)) {
            List<String> first = Tokens.words(sentence);
            String opener = cues.questionOpener(first);
            if (opener != null) {
                cue(draft, "rule:question-form", 1, "opens with '" + opener + "'");
                return true;
            }
        }
        for (Phrases.Match match : cues.inquiries().find(words)) {
            cue(draft, "phrase:" + match.phrase(), 1, "asks: '" + match.phrase() + "'" + ("inversion".equals(
                    match.group()) ? " (question word order)" : ""));
            return true;
        }
        return false;
    }

    private static String[] sentences(String text) {
        return text.split("[.!\\n;]+|,\\s*(?=(?:and |so |but )?(?:how|what|when|where|why|can|could|is|do) )");
    }

    private boolean complaint(ClassificationDraft draft, List<Phrases.Match> found, double sentiment) {
        double weight = 0;
        StringBuilder why = new StringBuilder();
        for (Phrases.Match match : found) {
            if (match.group().startsWith("complaint")) {
                weight += match.weight();
                why.append(why.isEmpty() ? "" : ", ").append('\'').append(match.phrase()).append('\'');
            }
        }
        double fromSentiment = sentiment < 0 && negativeMood(draft) ? -sentiment * 3 : 0;
        if (weight + fromSentiment < 1) {
            return false;
        }
        if (weight > 0) {
            cue(draft, "cues:complaint", weight, "complaint cues " + why);
        }
        if (fromSentiment > 0) {
            cue(draft, "rule:negative-sentiment", fromSentiment,
                    String.format(Locale.ROOT, "negative sentiment %.2f", sentiment));
        }
        return true;
    }

    /** Whether the negative words voice a mood, beyond swearing and naming the support topic. */
    private boolean negativeMood(ClassificationDraft draft) {
        List<Cue> sentimentCues = draft.cues(Aspect.SENTIMENT);
        boolean anyWord = false;
        for (Cue cue : sentimentCues) {
            if ("rule:grievance".equals(cue.feature())) {
                return true;
            }
            if (cue.feature().startsWith("model:")) {
                return "model:negative".equals(cue.feature()) && cue.weight() >= MODEL_MOOD;
            }
            if (cue.feature().startsWith("word:")) {
                anyWord = true;
                if (cue.weight() <= -1 && !cues.isMoodless(cue.feature().substring(5))) {
                    return true;
                }
            }
        }
        return !anyWord;
    }

    private boolean compliment(ClassificationDraft draft, List<Phrases.Match> found, double sentiment,
            boolean askingOrComplaining) {
        double weight = 0;
        StringBuilder why = new StringBuilder();
        for (Phrases.Match match : found) {
            if ("compliment".equals(match.group())) {
                weight += match.weight();
            } else if ("thanks".equals(match.group())) {
                weight += askingOrComplaining ? 0.2 : match.weight();
            } else {
                continue;
            }
            why.append(why.isEmpty() ? "" : ", ").append('\'').append(match.phrase()).append('\'');
        }
        boolean request = found.stream().anyMatch(m -> "request".equals(m.group()));
        if (weight == 0 && sentiment >= CLEARLY_POSITIVE && !askingOrComplaining && !request) {
            cue(draft, "rule:clearly-positive", sentiment,
                    String.format(Locale.ROOT, "clearly positive (%.2f), neither asking nor complaining", sentiment));
            return true;
        }
        if (weight == 0 || sentiment < 0.3 || weight + sentiment < 1) {
            return false;
        }
        cue(draft, "cues:compliment", weight, "praise " + why);
        cue(draft, "rule:positive-sentiment", sentiment,
                String.format(Locale.ROOT, "positive sentiment %.2f", sentiment));
        return true;
    }

    private static void cue(ClassificationDraft draft, String feature, double weight, String text) {
        draft.addCue(new Cue(ID, Aspect.TYPE, feature, weight, text));
    }
}

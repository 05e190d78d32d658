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

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Component;
import org.parley.analytics.Aspect;
import org.parley.analytics.ClassificationDraft;
import org.parley.analytics.ClassifierId;
import org.parley.analytics.Cue;
import org.parley.analytics.MessageClassifier;
import org.parley.analytics.SentimentLabel;

/**
 * Parley's sentiment: {@link SentimentRules} on the shipped VADER lexicon, and where the lexicon's
 * opinion is weak (score within ±{@value #CLEAR}), a grievance stated as a fact (the complaint
 * phrases of {@link TypeCues}: "still no", "never arrived", "third time", a wait) or else the
 * shipped {@link SentimentModel} when it is at least {@value #MODEL_DECIDES} sure (it may also call
 * a weakly scored message neutral). Every verdict carries the lexicon's cues and the model's view
 * with the word n-grams that spoke most for it.
 */
@Component(service = MessageClassifier.class)
public final class SentimentClassifier implements MessageClassifier {

    static final ClassifierId ID = new ClassifierId("parley.sentiment", "2.0");
    /** The model's probability from which it labels a message the lexicon finds neutral. */
    static final double MODEL_DECIDES = 0.5;
    /**
     * From this lexicon score on (either sign) the lexicon's verdict stands; below it the model decides
     * when it is sure enough. Chosen by leaving each training source out in turn (mean macro-F1 over
     * the five: 0.568 at 0.05, 0.574 at 0.2, 0.578 at 0.35, 0.575 at 0.5).
     */
    static final double CLEAR = 0.35;
    private static final double NEUTRAL_BAND = SentimentLabel.THRESHOLD * 0.98;
    private static final double FACT_SCORE = -0.3;

    private final SentimentRules rules;
    private final SentimentModel model;
    private final TypeCues cues = new TypeCues();

    public SentimentClassifier() {
        this(Lexicon.load());
    }

    SentimentClassifier(Lexicon lexicon) {
        this(lexicon, SentimentModel.shipped());
    }

    SentimentClassifier(Lexicon lexicon, SentimentModel model) {
        this.rules = new SentimentRules(lexicon);
        this.model = model;
    }

    @Override
    public ClassifierId id() {
        return ID;
    }

    @Override
    public Set<Aspect> aspects() {
        return Set.of(Aspect.SENTIMENT);
    }

    @Override
    public void classify(ClassificationDraft draft) {
        SentimentRules.Result result = rules.score(draft.text());
        double score = result.score();
        for (SentimentRules.Evidence e : result.evidence()) {
            draft.addCue(new Cue(ID, Aspect.SENTIMENT, e.feature(), e.weight(), e.text()));
        }
        TextFeatures.Features features = TextFeatures.of(draft.text(), result);
        double[] p = model.probabilities(features);
        int best = p[0] >= p[1] && p[0] >= p[2] ? 0 : p[1] >= p[2] ? 1 : 2;
        String said = SentimentModel.CLASSES.get(best);
        String view = String.format(Locale.ROOT, "sentiment model %s says %s (p=%.2f) from %s", model.version(), said,
                p[best], contributions(features, best));
        boolean decided = false;
        double lexicon = score;
        if (Math.abs(lexicon) < CLEAR) {
            List<Phrases.Match> grievances = cues.find(Tokens.words(draft.text())).stream()
                    .filter(m -> m.group().startsWith("complaint") && m.weight() >= 1).toList();
            if (!grievances.isEmpty()) {
                score = Math.min(FACT_SCORE, p[2] - p[0]);
                draft.addCue(new Cue(ID, Aspect.SENTIMENT, "rule:grievance", score, "a grievance stated as a fact: "
                        + grievances.stream().map(m -> "'" + m.phrase() + "'").distinct()
                                .collect(Collectors.joining(", "))));
            } else if (best != 1 && p[best] >= MODEL_DECIDES) {
                score = best == 0
                        ? Math.min(-SentimentLabel.THRESHOLD, p[2] - p[0])
                        : Math.max(SentimentLabel.THRESHOLD, p[2] - p[0]);
                decided = true;
            } else if (best == 1 && p[best] >= MODEL_DECIDES && SentimentLabel.of(lexicon) != SentimentLabel.NEUTRAL) {
                score = lexicon * NEUTRAL_BAND / CLEAR;
                decided = true;
            }
        }
        draft.setSentiment(ID, score);
        String why = SentimentLabel.of(lexicon) == SentimentLabel.NEUTRAL
                ? "; the lexicon found no clear opinion"
                : String.format(Locale.ROOT, "; the lexicon's opinion (%+.2f) is weak", lexicon);
        draft.addCue(new Cue(ID, Aspect.SENTIMENT, (decided ? "model:" : "model-view:") + said, p[best],
                decided ? view + why : view));
    }

    private String contributions(TextFeatures.Features features, int c) {
        List<SentimentModel.Contribution> top = model.contributions(features, c, 3);
        if (top.isEmpty()) {
            return "its priors";
        }
        return top.stream().map(t -> String.format(Locale.ROOT, "'%s' %+.2f", t.feature(), t.weight()))
                .collect(Collectors.joining(", "));
    }
}

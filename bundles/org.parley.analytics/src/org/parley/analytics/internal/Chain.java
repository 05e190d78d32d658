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
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

import org.parley.analytics.Aspect;
import org.parley.analytics.Classification;
import org.parley.analytics.ClassificationDraft;
import org.parley.analytics.ClassifierId;
import org.parley.analytics.Cue;
import org.parley.analytics.MessageClassifier;
import org.parley.analytics.MessageFacts;

/**
 * The classifiers that decide each aspect, in aspect order: for each aspect the one with the
 * highest service ranking (then the one registered first). Immutable; a new chain is made when
 * services come or go.
 */
final class Chain {

    /** A registered classifier with its service ranking and id. */
    record Ranked(MessageClassifier classifier, int ranking, long serviceId) {
    }

    private final List<MessageClassifier> ordered;
    private final Map<Aspect, ClassifierId> deciders;
    private final String signature;

    private Chain(List<MessageClassifier> ordered, Map<Aspect, ClassifierId> deciders) {
        this.ordered = List.copyOf(ordered);
        this.deciders = Map.copyOf(deciders);
        StringJoiner joined = new StringJoiner(";");
        for (Aspect aspect : Aspect.values()) {
            ClassifierId id = deciders.get(aspect);
            joined.add(aspect.key() + "=" + (id == null ? "-" : id));
        }
        this.signature = joined.toString();
    }

    static Chain of(List<Ranked> registered) {
        Comparator<Ranked> best = Comparator.comparingInt(Ranked::ranking).reversed()
                .thenComparingLong(Ranked::serviceId);
        Map<Aspect, ClassifierId> deciders = new EnumMap<>(Aspect.class);
        Set<MessageClassifier> order = new LinkedHashSet<>();
        for (Aspect aspect : Aspect.values()) {
            registered.stream().filter(r -> r.classifier().aspects().contains(aspect)).sorted(best).findFirst()
                    .ifPresent(r -> {
                        deciders.put(aspect, r.classifier().id());
                        order.add(r.classifier());
                    });
        }
        return new Chain(new ArrayList<>(order), deciders);
    }

    /** Parley's own classifiers, for use without OSGi (tests, benchmarks). */
    static Chain builtIn(Lexicon lexicon) {
        return builtIn(lexicon, SentimentModel.shipped());
    }

    /** Parley's own classifiers with another sentiment model (a held-out evaluation's). */
    static Chain builtIn(Lexicon lexicon, SentimentModel model) {
        return of(List.of(new Ranked(new SentimentClassifier(lexicon, model), 0, 1),
                new Ranked(new TypeClassifier(), 0, 2),
                new Ranked(new ActionClassifier(), 0, 3), new Ranked(new InfluenceClassifier(), 0, 4),
                new Ranked(new TopicClassifier(), 0, 5)));
    }

    Map<Aspect, ClassifierId> deciders() {
        return deciders;
    }

    /**
     * The classifiers and versions of each aspect, as stored with results: a change means reclassify.
     */
    String signature() {
        return signature;
    }

    void run(ClassificationDraft draft) {
        for (MessageClassifier classifier : ordered) {
            try {
                classifier.classify(draft);
            } catch (RuntimeException e) {
                Aspect first = classifier.aspects().stream().sorted().findFirst().orElse(Aspect.TYPE);
                draft.addCue(new Cue(classifier.id(), first, "error", 0,
                        "classifier failed: " + e.getClass().getSimpleName() + " " + e.getMessage()));
            }
        }
    }

    Classification classify(String text, MessageFacts facts) {
        ClassificationDraft draft = new ClassificationDraft(text, facts);
        run(draft);
        return draft.build();
    }
}

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
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.parley.analytics.Aspect;
import org.parley.analytics.Classification;
import org.parley.analytics.MessageFacts;
import org.parley.analytics.TrainingReport;

/**
 * Trains a {@link LearnedModel} and decides where it is used: every fifth example (by a stable hash
 * of its text) is held out; the model learns from the rest; on the held-out examples of each aspect
 * the model and the chain are scored, and the model becomes active for an aspect only when it is
 * strictly more accurate there.
 */
final class Trainer {

    static final List<Aspect> LEARNED = List.of(Aspect.TYPE, Aspect.SENTIMENT, Aspect.ACTION);

    /** The trained model with its active aspects, and the report on it. */
    record Outcome(LearnedModel model, TrainingReport report) {
    }

    private Trainer() {
    }

    /** The seed examples shipped in the bundle ({@code seed/seed-messages.tsv}). */
    static List<Example> seed() {
        List<Example> examples = new ArrayList<>();
        try (InputStream in = Trainer.class.getResourceAsStream("/seed/seed-messages.tsv")) {
            if (in == null) {
                throw new IllegalStateException("The analytics bundle lacks seed/seed-messages.tsv");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] cols = line.split("\t", 4);
                if (cols.length == 4) {
                    examples.add(new Example(cols[3], Aspect.TYPE, Values.normalize(Aspect.TYPE, cols[0]), false));
                    examples.add(new Example(cols[3], Aspect.SENTIMENT, cols[1], false));
                    examples.add(new Example(cols[3], Aspect.ACTION, cols[2], false));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return examples;
    }

    static boolean heldOut(Example example) {
        return Math.floorMod(example.text().strip().hashCode(), 5) == 0;
    }

    static Outcome train(int version, List<Example> examples, Chain chain) {
        List<Example> training = examples.stream().filter(e -> !heldOut(e)).toList();
        List<Example> test = examples.stream().filter(Trainer::heldOut).toList();
        LearnedModel model = LearnedModel.train(version, training);
        Map<Aspect, Double> modelAccuracy = new EnumMap<>(Aspect.class);
        Map<Aspect, Double> chainAccuracy = new EnumMap<>(Aspect.class);
        Map<Aspect, Boolean> active = new EnumMap<>(Aspect.class);
        Set<Aspect> activeSet = EnumSet.noneOf(Aspect.class);
        for (Aspect aspect : LEARNED) {
            List<Example> cases = test.stream().filter(e -> e.aspect() == aspect).toList();
            if (cases.isEmpty() || !model.knows(aspect)) {
                active.put(aspect, false);
                continue;
            }
            int modelRight = 0;
            int chainRight = 0;
            for (Example e : cases) {
                Classification byChain = chain.classify(e.text(), MessageFacts.NONE);
                chainRight += Values.of(byChain, aspect).equals(e.value()) ? 1 : 0;
                modelRight += model.predict(aspect, e.text()).equals(e.value()) ? 1 : 0;
            }
            modelAccuracy.put(aspect, modelRight / (double) cases.size());
            chainAccuracy.put(aspect, chainRight / (double) cases.size());
            boolean better = modelRight > chainRight;
            active.put(aspect, better);
            if (better) {
                activeSet.add(aspect);
            }
        }
        int corrections = (int) examples.stream().filter(Example::fromCorrection).count();
        TrainingReport report = new TrainingReport(version, examples.size(), corrections, test.size(), modelAccuracy,
                chainAccuracy, active);
        return new Outcome(model.withActive(activeSet), report);
    }
}

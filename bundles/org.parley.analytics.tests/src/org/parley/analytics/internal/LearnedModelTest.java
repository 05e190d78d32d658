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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.parley.analytics.Aspect;
import org.parley.analytics.TrainingReport;

/**
 * The learned model on examples whose classes are clearly apart (each class has its own words, the
 * rest is shared filler): it must get nearly all held-out examples right, for the multi-label type
 * heads and for a multi-class head alike.
 */
class LearnedModelTest {

    private static final String[] FILLER = {"the", "my", "order", "today", "please", "and", "it", "was", "hi"};
    private static final String[][] TYPE_WORDS = {
            {"question", "how", "when", "where", "which", "could", "explain"},
            {"complaint", "broken", "late", "damaged", "refund", "awful", "faulty"},
            {"compliment", "brilliant", "lovely", "superb", "thank", "helpful", "kind"},
            {"other", "weather", "tuesday", "lunch", "football", "music", "holiday"}};

    @Test
    void onClearlySeparableExamplesTheModelGetsNearlyAllHeldOutExamplesRight() {
        List<Example> examples = new ArrayList<>();
        Random random = new Random(7);
        for (int i = 0; i < 400; i++) {
            String[] words = TYPE_WORDS[i % TYPE_WORDS.length];
            StringBuilder text = new StringBuilder("msg " + i);
            for (int w = 0; w < 6; w++) {
                String[] pool = w % 2 == 0 ? words : FILLER;
                text.append(' ').append(pool[1 + random.nextInt(pool.length - 1)]);
            }
            String label = words[0];
            examples.add(new Example(text.toString(), Aspect.TYPE, label, true));
            examples.add(new Example(text.toString(), Aspect.ACTION,
                    "complaint".equals(label) ? "urgent" : "question".equals(label) ? "reply" : "none", true));
        }
        TrainingReport report = Trainer.train(1, examples, Chain.builtIn(Lexicon.load())).report();
        assertTrue(report.heldOut() > 100, "a fifth is held out: " + report.heldOut());
        assertTrue(report.modelAccuracy().get(Aspect.TYPE) >= 0.95, report.toString());
        assertTrue(report.modelAccuracy().get(Aspect.ACTION) >= 0.95, report.toString());
        assertTrue(report.active().get(Aspect.TYPE), "better than the rules on these: " + report);
    }

    @Test
    void aStoredModelPredictsAsTheTrainedOne() {
        List<Example> examples = Trainer.seed();
        LearnedModel model = LearnedModel.train(3, examples);
        LearnedModel read = LearnedModel.fromJson(model.toJson(), java.util.Set.of(Aspect.TYPE));
        for (Example e : examples) {
            assertEquals(model.predict(e.aspect(), e.text()), read.predict(e.aspect(), e.text()), e.text());
        }
    }
}

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

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.parley.analytics.Classification;
import org.parley.analytics.MessageFacts;
import org.parley.analytics.SentimentLabel;

/**
 * The shipped sentiment model: it loads, says what it learned from, and generalises to a source it
 * never saw.
 */
class SentimentModelTest {

    private static final Path CORPUS = Path.of("../../testdata");

    @Test
    void theShippedModelLoadsAndNamesItsTrainingSources() {
        SentimentModel model = SentimentModel.shipped();
        assertEquals(TrainSentimentModelCommand.VERSION, model.version());
        assertEquals(Corpora.TRAINING_ORDER, model.trainedOn());
        double[] p = model.probabilities(TextFeatures.of("I love it, brilliant service", null));
        assertEquals(1, p[0] + p[1] + p[2], 1e-9);
        assertTrue(p[2] > p[0], "positive beats negative");
    }

    @Test
    void aModelWrittenAndReadBackPredictsTheSame() throws Exception {
        SentimentModel model = SentimentModel.shipped();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.write(bytes);
        SentimentModel back = SentimentModel.read(new ByteArrayInputStream(bytes.toByteArray()));
        TextFeatures.Features f = TextFeatures.of("still waiting for my refund", null);
        assertArrayEquals(model.probabilities(f), back.probabilities(f), 1e-4);
    }

    /**
     * The shipped file is what the committed training program makes from the committed corpora, byte
     * for byte: anyone can retrain it, and a change to the features or the rules that the model reads
     * cannot go unnoticed without retraining.
     */
    @Test
    void retrainingFromTheCorporaReproducesTheShippedFile() throws Exception {
        SentimentModel model = SentimentTraining.train(TrainSentimentModelCommand.VERSION, Corpora.training(CORPUS));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.write(bytes);
        byte[] shipped;
        try (java.io.InputStream in = SentimentModel.class.getResourceAsStream(SentimentModel.RESOURCE)) {
            shipped = in.readAllBytes();
        }
        assertArrayEquals(shipped, bytes.toByteArray(), "retrain with parley-cli train-sentiment-model, see "
                + "testdata/README.md");
    }

    /**
     * Leave one source out: a model trained without the Amazon review snippets, with the rules, beats
     * the plain VADER lexicon on them by macro-F1, and so does the rules-only chain it improves on.
     */
    @Test
    void withoutTheAmazonSnippetsInTrainingParleyBeatsPlainVaderOnThem() throws Exception {
        List<Corpora.Source> sources = Corpora.training(CORPUS);
        Corpora.Source held = sources.stream().filter(s -> s.name().equals("vader-amazon")).findFirst().orElseThrow();
        SentimentModel model = SentimentTraining.train("test", sources.stream().filter(s -> s != held).toList());
        assertFalse(model.trainedOn().contains("vader-amazon"));
        Chain chain = Chain.builtIn(Lexicon.load(), model);
        BaselineSentiment vader = new BaselineSentiment(Lexicon.load());
        Metrics parley = new Metrics(SentimentModel.CLASSES);
        Metrics plain = new Metrics(SentimentModel.CLASSES);
        for (Corpora.Labelled item : held.items()) {
            Classification c = chain.classify(item.text(), MessageFacts.NONE);
            parley.add(item.sentiment(), c.sentimentLabel().key());
            plain.add(item.sentiment(), SentimentLabel.of(vader.score(item.text())).key());
        }
        assertTrue(held.items().size() > 3000);
        assertTrue(parley.macroF1() > plain.macroF1() + 0.02, parley.macroF1() + " vs VADER " + plain.macroF1());
    }
}

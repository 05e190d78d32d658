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
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Trains a {@link SentimentModel}: multinomial logistic regression by stochastic gradient descent
 * with AdaGrad steps (two passes) and L2 regularisation of the hashed features (the lexicon's own
 * features are not regularised), in a fixed order (same data, same model). Every class weighs the
 * same in total (the sources have very different shares of neutral text), and no source more than
 * {@value #SOURCE_CAP} examples' worth, so the large Reddit corpus does not drown the tweets and
 * reviews.
 */
final class SentimentTraining {

    static final int EPOCHS = 2;
    static final double RATE = 0.1;
    static final double L2 = 1e-6;
    static final int SOURCE_CAP = 12_000;

    private SentimentTraining() {
    }

    /** The examples' features, classes and weights (source share times class balance). */
    private record Data(List<TextFeatures.Features> features, List<Integer> labels, double[] scale) {
    }

    static SentimentModel train(String version, List<Corpora.Source> sources) {
        List<String> names = new ArrayList<>();
        Data data = prepare(sources, names);
        return fit(version, names, data);
    }

    private static Data prepare(List<Corpora.Source> sources, List<String> names) {
        Lexicon lexicon = Lexicon.load();
        SentimentRules rules = new SentimentRules(lexicon);
        List<TextFeatures.Features> features = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (Corpora.Source source : sources) {
            long labelled = source.items().stream().filter(i -> i.sentiment() != null).count();
            if (labelled == 0) {
                continue;
            }
            names.add(source.name());
            double sourceWeight = Math.min(1, SOURCE_CAP / (double) labelled);
            for (Corpora.Labelled item : source.items()) {
                if (item.sentiment() == null) {
                    continue;
                }
                int c = SentimentModel.CLASSES.indexOf(item.sentiment());
                features.add(TextFeatures.of(item.text(), rules.score(item.text())));
                labels.add(c);
                weights.add(sourceWeight);
            }
        }
        double[] classWeight = new double[SentimentModel.K];
        double[] classTotal = new double[SentimentModel.K];
        for (int i = 0; i < labels.size(); i++) {
            classTotal[labels.get(i)] += weights.get(i);
        }
        double all = classTotal[0] + classTotal[1] + classTotal[2];
        for (int c = 0; c < SentimentModel.K; c++) {
            classWeight[c] = classTotal[c] == 0 ? 0 : all / (SentimentModel.K * classTotal[c]);
        }
        double[] scale = new double[labels.size()];
        for (int i = 0; i < scale.length; i++) {
            scale[i] = weights.get(i) * classWeight[labels.get(i)];
        }
        return new Data(features, labels, scale);
    }

    private static SentimentModel fit(String version, List<String> names, Data data) {
        List<TextFeatures.Features> features = data.features();
        List<Integer> labels = data.labels();
        float[] w = new float[TextFeatures.DIMENSIONS * SentimentModel.K];
        float[] g2 = new float[w.length];
        float[] bias = new float[SentimentModel.K];
        double[] biasG2 = new double[SentimentModel.K];
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            order.add(i);
        }
        Random random = new Random(20_261_208L);
        double[] z = new double[SentimentModel.K];
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            Collections.shuffle(order, random);
            for (int i : order) {
                TextFeatures.Features f = features.get(i);
                int[] index = f.index();
                float[] value = f.value();
                for (int c = 0; c < SentimentModel.K; c++) {
                    z[c] = bias[c];
                }
                for (int k = 0; k < index.length; k++) {
                    int at = index[k] * SentimentModel.K;
                    for (int c = 0; c < SentimentModel.K; c++) {
                        z[c] += w[at + c] * value[k];
                    }
                }
                double[] p = SentimentModel.softmax(z);
                double scale = data.scale()[i];
                for (int c = 0; c < SentimentModel.K; c++) {
                    double gradient = (p[c] - (c == labels.get(i) ? 1 : 0)) * scale;
                    biasG2[c] += gradient * gradient;
                    bias[c] -= (float) (RATE * gradient / Math.sqrt(biasG2[c] + 1e-8));
                    for (int k = 0; k < index.length; k++) {
                        int at = index[k] * SentimentModel.K + c;
                        double g = gradient * value[k] + (index[k] >= TextFeatures.SIZE ? 0 : L2) * w[at];
                        g2[at] += (float) (g * g);
                        w[at] -= (float) (RATE * g / Math.sqrt(g2[at] + 1e-8));
                    }
                }
            }
        }
        return new SentimentModel(version, names, bias, w);
    }
}

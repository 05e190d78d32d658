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
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Multinomial logistic regression over binary features (words, word pairs, "?"), trained by
 * stochastic gradient descent with L2 regularisation in a fixed order (same data, same model).
 * Unlike naive Bayes it is not swayed by how many words each class happens to have: a feature only
 * gets weight when it separates the classes, so common words ("the", "my") stay near zero and a few
 * dozen consistent corrections outweigh them.
 */
final class LogisticHead implements Head {

    private static final int EPOCHS = 40;
    private static final double RATE = 0.2;
    private static final double L2 = 1e-4;

    private final List<String> classes;
    private final double[] bias;
    private final Map<String, double[]> weights;

    private LogisticHead(List<String> classes, double[] bias, Map<String, double[]> weights) {
        this.classes = classes;
        this.bias = bias;
        this.weights = weights;
    }

    /** Fits a head to the messages' features and labels. */
    static LogisticHead fit(List<List<String>> features, List<String> labels) {
        List<String> classes = new ArrayList<>(new TreeSet<>(labels));
        int k = classes.size();
        double[] bias = new double[k];
        Map<String, double[]> weights = new HashMap<>();
        List<List<String>> distinct = new ArrayList<>();
        for (List<String> f : features) {
            List<String> d = new ArrayList<>(new LinkedHashSet<>(f));
            d.forEach(x -> weights.computeIfAbsent(x, w -> new double[k]));
            distinct.add(d);
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            order.add(i);
        }
        Random random = new Random(42);
        double[] p = new double[k];
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            Collections.shuffle(order, random);
            double rate = RATE / (1 + epoch * 0.1);
            for (int i : order) {
                List<String> f = distinct.get(i);
                probabilities(f, classes.size(), bias, weights, p);
                int gold = classes.indexOf(labels.get(i));
                for (int c = 0; c < k; c++) {
                    double gradient = p[c] - (c == gold ? 1 : 0);
                    bias[c] -= rate * gradient;
                    for (String x : f) {
                        double[] w = weights.get(x);
                        w[c] -= rate * (gradient + L2 * w[c]);
                    }
                }
            }
        }
        return new LogisticHead(classes, bias, weights);
    }

    private static void probabilities(List<String> features, int k, double[] bias, Map<String, double[]> weights,
            double[] p) {
        System.arraycopy(bias, 0, p, 0, k);
        for (String x : features) {
            double[] w = weights.get(x);
            if (w != null) {
                for (int c = 0; c < k; c++) {
                    p[c] += w[c];
                }
            }
        }
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < k; c++) {
            max = Math.max(max, p[c]);
        }
        double sum = 0;
        for (int c = 0; c < k; c++) {
            p[c] = Math.exp(p[c] - max);
            sum += p[c];
        }
        for (int c = 0; c < k; c++) {
            p[c] /= sum;
        }
    }

    @Override
    public Prediction predict(List<String> all) {
        List<String> features = all.stream().distinct().toList();
        double[] p = new double[classes.size()];
        probabilities(features, classes.size(), bias, weights, p);
        int best = 0;
        for (int c = 1; c < p.length; c++) {
            if (p[c] > p[best]) {
                best = c;
            }
        }
        int chosen = best;
        List<String> why = features.stream().filter(f -> weights.containsKey(f) && weights.get(f)[chosen] > 0)
                .sorted((a, b) -> Double.compare(weights.get(b)[chosen], weights.get(a)[chosen])).limit(3).toList();
        return new Prediction(classes.get(best), why);
    }

    @Override
    public JsonNode toJson() {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        ArrayNode names = json.putArray("classes");
        classes.forEach(names::add);
        ArrayNode b = json.putArray("bias");
        for (double v : bias) {
            b.add(v);
        }
        ObjectNode w = json.putObject("weights");
        weights.forEach((feature, values) -> {
            ArrayNode a = w.putArray(feature);
            for (double v : values) {
                a.add(Math.round(v * 1e6) / 1e6);
            }
        });
        return json;
    }

    static LogisticHead fromJson(JsonNode json) {
        List<String> classes = new ArrayList<>();
        json.path("classes").forEach(c -> classes.add(c.asText()));
        double[] bias = new double[classes.size()];
        for (int c = 0; c < bias.length; c++) {
            bias[c] = json.path("bias").path(c).asDouble();
        }
        Map<String, double[]> weights = new HashMap<>();
        json.path("weights").properties().forEach(e -> {
            double[] w = new double[classes.size()];
            for (int c = 0; c < w.length; c++) {
                w[c] = e.getValue().path(c).asDouble();
            }
            weights.put(e.getKey(), w);
        });
        return new LogisticHead(classes, bias, weights);
    }
}

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
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Multinomial naive Bayes over words and word pairs (each counted once per message), with add-one
 * smoothing. Small and exact; it learns from a few hundred labelled messages, which is what agents'
 * corrections give. Features never seen in training are ignored when predicting: with add-one
 * smoothing every unseen feature would otherwise add the same penalty of {@code 1 / (total + V)} to
 * each class, which is smallest for the class with the fewest training words, so texts with many new
 * words (most held-out messages) would be pushed to the rarest class.
 */
/** Kept to read models stored before {@link LogisticHead}; new models are logistic regression. */
final class NaiveBayes implements Head {

    private final Map<String, Integer> docs = new TreeMap<>();
    private final Map<String, Integer> totals = new HashMap<>();
    private final Map<String, Map<String, Integer>> counts = new HashMap<>();
    private final Set<String> vocabulary = new HashSet<>();
    private int allDocs;

    /** The features of a text: its words, its word pairs and a question-mark marker. */
    static List<String> features(String text) {
        List<String> words = Tokens.words(text);
        List<String> features = new ArrayList<>(words.size() * 2 + 1);
        features.addAll(words);
        for (int i = 0; i + 1 < words.size(); i++) {
            features.add(words.get(i) + " " + words.get(i + 1));
        }
        if (text.indexOf('?') >= 0) {
            features.add("?");
        }
        return features;
    }

    void learn(List<String> features, String label) {
        docs.merge(label, 1, Integer::sum);
        allDocs++;
        Map<String, Integer> classCounts = counts.computeIfAbsent(label, l -> new HashMap<>());
        for (String f : new LinkedHashSet<>(features)) {
            classCounts.merge(f, 1, Integer::sum);
            totals.merge(label, 1, Integer::sum);
            vocabulary.add(f);
        }
    }

    boolean isEmpty() {
        return allDocs == 0;
    }

    @Override
    public Prediction predict(List<String> all) {
        List<String> features = all.stream().distinct().filter(vocabulary::contains).toList();
        String best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        int v = vocabulary.size() + 1;
        for (Map.Entry<String, Integer> label : docs.entrySet()) {
            double score = Math.log(label.getValue() / (double) allDocs);
            Map<String, Integer> classCounts = counts.getOrDefault(label.getKey(), Map.of());
            double denominator = Math.log(totals.getOrDefault(label.getKey(), 0) + (double) v);
            for (String f : features) {
                score += Math.log(classCounts.getOrDefault(f, 0) + 1.0) - denominator;
            }
            if (score > bestScore) {
                bestScore = score;
                best = label.getKey();
            }
        }
        return new Prediction(best, strongest(features, best));
    }

    private List<String> strongest(List<String> features, String label) {
        Map<String, Integer> classCounts = counts.getOrDefault(label, Map.of());
        return features.stream().distinct().filter(f -> classCounts.getOrDefault(f, 0) > 0)
                .sorted((a, b) -> Integer.compare(classCounts.get(b), classCounts.get(a))).limit(3).toList();
    }

    @Override
    public JsonNode toJson() {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        ObjectNode classes = json.putObject("classes");
        for (String label : docs.keySet()) {
            ObjectNode c = classes.putObject(label);
            c.put("docs", docs.get(label));
            ObjectNode features = c.putObject("counts");
            counts.getOrDefault(label, Map.of()).forEach(features::put);
        }
        return json;
    }

    static NaiveBayes fromJson(JsonNode json) {
        NaiveBayes model = new NaiveBayes();
        json.path("classes").properties().forEach(c -> {
            String label = c.getKey();
            int n = c.getValue().path("docs").asInt();
            model.docs.put(label, n);
            model.allDocs += n;
            Map<String, Integer> classCounts = model.counts.computeIfAbsent(label, l -> new HashMap<>());
            c.getValue().path("counts").properties().forEach(f -> {
                classCounts.put(f.getKey(), f.getValue().asInt());
                model.totals.merge(label, f.getValue().asInt(), Integer::sum);
                model.vocabulary.add(f.getKey());
            });
        });
        return model;
    }
}

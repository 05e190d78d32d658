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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Accuracy, macro-F1 and a confusion matrix of single-label predictions. */
final class Metrics {

    private final List<String> labels;
    private final Map<String, Map<String, Integer>> confusion = new LinkedHashMap<>();
    private int total;
    private int right;

    Metrics(List<String> labels) {
        this.labels = labels;
        for (String gold : labels) {
            Map<String, Integer> row = new LinkedHashMap<>();
            labels.forEach(l -> row.put(l, 0));
            confusion.put(gold, row);
        }
    }

    void add(String gold, String predicted) {
        confusion.get(gold).merge(predicted, 1, Integer::sum);
        total++;
        right += gold.equals(predicted) ? 1 : 0;
    }

    int total() {
        return total;
    }

    double accuracy() {
        return total == 0 ? 0 : right / (double) total;
    }

    /** The mean F1 over the labels that occur in the gold data or the predictions. */
    double macroF1() {
        double sum = 0;
        int counted = 0;
        for (String label : labels) {
            int tp = confusion.get(label).get(label);
            int gold = confusion.get(label).values().stream().mapToInt(Integer::intValue).sum();
            int predicted = confusion.values().stream().mapToInt(row -> row.get(label)).sum();
            if (gold == 0 && predicted == 0) {
                continue;
            }
            double precision = predicted == 0 ? 0 : tp / (double) predicted;
            double recall = gold == 0 ? 0 : tp / (double) gold;
            sum += precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            counted++;
        }
        return counted == 0 ? 0 : sum / counted;
    }

    ObjectNode toJson() {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("n", total);
        json.put("accuracy", round(accuracy()));
        json.put("macro_f1", round(macroF1()));
        ObjectNode matrix = json.putObject("confusion");
        confusion.forEach((gold, row) -> {
            ObjectNode r = matrix.putObject(gold);
            row.forEach(r::put);
        });
        return json;
    }

    /** The confusion matrix as a text table, rows gold, columns predicted. */
    String table() {
        StringBuilder text = new StringBuilder(String.format("%-12s", "gold\\pred"));
        labels.forEach(l -> text.append(String.format("%12s", l)));
        text.append('\n');
        confusion.forEach((gold, row) -> {
            text.append(String.format("%-12s", gold));
            row.values().forEach(n -> text.append(String.format("%12d", n)));
            text.append('\n');
        });
        return text.toString();
    }

    static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}

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

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.parley.analytics.Topic;
import org.parley.analytics.TopicSet;

/**
 * Topic precision and recall on a labelled CSV ({@code text,intent,topics}; topics space-separated,
 * {@code none} for none), for Parley's topic classifier and for a baseline that matches each
 * topic's first keyword alone as a plain word (no other keywords, no phrases, no negation). Only
 * the topics that the file labels are scored: a row labelled {@code none} is a negative for each of
 * them, and a prediction of a topic the file does not label is not counted.
 */
final class TopicEvaluation {

    /** Counts of one topic. */
    private static final class Counts {
        int truePositives;
        int falsePositives;
        int falseNegatives;
    }

    private final Function<String, List<String>> parley;
    private final TopicSet topics;

    TopicEvaluation(Function<String, List<String>> parley, TopicSet topics) {
        this.parley = parley;
        this.topics = topics;
    }

    /** Parley's figures, then the baseline's. */
    List<Evaluation.Figures> run(Path csv) throws IOException {
        List<List<String>> rows;
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            rows = Csv.read(in);
        }
        if (rows.isEmpty() || !rows.get(0).containsAll(List.of("text", "topics"))) {
            throw new IOException(csv + " has no columns 'text' and 'topics'");
        }
        int text = rows.get(0).indexOf("text");
        int labels = rows.get(0).indexOf("topics");
        List<String> scored = new ArrayList<>();
        List<Row> examples = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            if (row.size() > Math.max(text, labels)) {
                Set<String> gold = Set.of(row.get(labels).toLowerCase(Locale.ROOT).strip().split("\\s+")).stream()
                        .filter(t -> !t.equals("none") && !t.isEmpty()).collect(Collectors.toSet());
                gold.stream().filter(t -> !scored.contains(t)).forEach(scored::add);
                examples.add(new Row(row.get(text), gold));
            }
        }
        scored.sort(null);
        Map<String, Counts> ours = score(examples, scored, parley);
        Map<String, Counts> plain = score(examples, scored, this::baseline);
        return List.of(figures(csv, "parley", ours, examples.size()), figures(csv, "baseline", plain,
                examples.size()));
    }

    private record Row(String text, Set<String> gold) {
    }

    private static Map<String, Counts> score(List<Row> examples, List<String> scored,
            Function<String, List<String>> classifier) {
        Map<String, Counts> counts = new LinkedHashMap<>();
        scored.forEach(t -> counts.put(t, new Counts()));
        for (Row row : examples) {
            List<String> predicted = classifier.apply(row.text());
            for (String topic : scored) {
                boolean said = predicted.contains(topic);
                boolean wanted = row.gold().contains(topic);
                Counts c = counts.get(topic);
                c.truePositives += said && wanted ? 1 : 0;
                c.falsePositives += said && !wanted ? 1 : 0;
                c.falseNegatives += !said && wanted ? 1 : 0;
            }
        }
        return counts;
    }

    /** Each topic's first keyword (or first phrase) alone, as a plain word. */
    List<String> baseline(String text) {
        List<String> words = Tokens.words(text);
        List<String> found = new ArrayList<>();
        for (Topic topic : topics.topics()) {
            String first = topic.keywords().isEmpty() ? topic.phrases().get(0) : topic.keywords().get(0);
            boolean match = first.endsWith("*")
                    ? words.stream().anyMatch(w -> w.startsWith(first.substring(0, first.length() - 1)))
                    : (" " + String.join(" ", words) + " ").contains(" " + first + " ");
            if (match) {
                found.add(topic.id());
            }
        }
        return found;
    }

    private static Evaluation.Figures figures(Path file, String classifier, Map<String, Counts> counts, int n) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.put("eval", "topics");
        out.put("file", file.getFileName().toString());
        out.put("classifier", classifier);
        out.put("n", n);
        StringBuilder table = new StringBuilder(classifier + " topics on " + file.getFileName() + ":\n")
                .append(String.format(Locale.ROOT, "%-14s%8s%8s%8s%6s%6s%6s%n", "topic", "prec", "recall", "f1",
                        "tp", "fp", "fn"));
        Counts all = new Counts();
        ObjectNode perTopic = out.putObject("topics");
        for (Map.Entry<String, Counts> entry : counts.entrySet()) {
            Counts c = entry.getValue();
            all.truePositives += c.truePositives;
            all.falsePositives += c.falsePositives;
            all.falseNegatives += c.falseNegatives;
            perTopic.set(entry.getKey(), json(c));
            table.append(line(entry.getKey(), c));
        }
        ObjectNode micro = json(all);
        out.put("micro_precision", micro.get("precision").asDouble());
        out.put("micro_recall", micro.get("recall").asDouble());
        out.put("micro_f1", micro.get("f1").asDouble());
        table.append(line("(micro)", all));
        return new Evaluation.Figures(out, table.toString());
    }

    private static ObjectNode json(Counts c) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("precision", Metrics.round(precision(c)));
        node.put("recall", Metrics.round(recall(c)));
        node.put("f1", Metrics.round(f1(c)));
        node.put("tp", c.truePositives);
        node.put("fp", c.falsePositives);
        node.put("fn", c.falseNegatives);
        return node;
    }

    private static String line(String name, Counts c) {
        return String.format(Locale.ROOT, "%-14s%8.3f%8.3f%8.3f%6d%6d%6d%n", name, precision(c), recall(c), f1(c),
                c.truePositives, c.falsePositives, c.falseNegatives);
    }

    private static double precision(Counts c) {
        int said = c.truePositives + c.falsePositives;
        return said == 0 ? 0 : c.truePositives / (double) said;
    }

    private static double recall(Counts c) {
        int wanted = c.truePositives + c.falseNegatives;
        return wanted == 0 ? 0 : c.truePositives / (double) wanted;
    }

    private static double f1(Counts c) {
        double p = precision(c);
        double r = recall(c);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}

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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Labelled texts for training and measuring sentiment and complaint detection, read from the files
 * as published (see {@code testdata/README.md} for origins and licences). The format is told by the
 * file: VADER's {@code *_GroundTruth.txt} (id, mean rating −4…+4, text: positive above +0.5,
 * negative below −0.5, else neutral); GoEmotions {@code .tsv} (text, emotion ids, id: mapped to
 * sentiment with the dataset's own grouping, ambiguous and mixed comments left out); the Bitext CSV
 * (complaint when the intent is {@code complaint}); a CSV with a {@code text} column and an
 * {@code airline_sentiment} or {@code sentiment} column (negative, neutral, positive; a negative
 * message to a brand counts as a complaint); and one sentence per line with a tab and 0 or 1
 * (negative, positive).
 */
final class Corpora {

    /** One labelled text; a label that the source does not give is null, a missing rating NaN. */
    record Labelled(String text, String sentiment, Boolean complaint, double rating) {
    }

    /** A named source: one corpus, held out or trained on as a whole. */
    record Source(String name, List<Labelled> items) {
    }

    /**
     * The sources the shipped model is trained on, by name, with their files under the corpus folder.
     */
    static final Map<String, List<String>> TRAINING = java.util.Collections.unmodifiableMap(
            new java.util.LinkedHashMap<>(Map.of("vader-tweets", List.of("sentiment/tweets_GroundTruth.txt"),
                    "vader-amazon", List.of("sentiment/amazonReviewSnippets_GroundTruth.txt"), "vader-movies",
                    List.of("sentiment/movieReviewSnippets_GroundTruth.txt"), "vader-nyt",
                    List.of("sentiment/nytEditorialSnippets_GroundTruth.txt"), "goemotions",
                    List.of("sentiment/goemotions/train.tsv", "sentiment/goemotions/dev.tsv",
                            "sentiment/goemotions/test.tsv"))));
    static final List<String> TRAINING_ORDER = List.of("vader-tweets", "vader-amazon", "vader-movies", "vader-nyt",
            "goemotions");

    private static final Set<String> POSITIVE = Set.of("admiration", "amusement", "approval", "caring", "desire",
            "excitement", "gratitude", "joy", "love", "optimism", "pride", "relief");
    private static final Set<String> NEGATIVE = Set.of("anger", "annoyance", "disappointment", "disapproval",
            "disgust", "embarrassment", "fear", "grief", "nervousness", "remorse", "sadness");
    /** GoEmotions' 28 labels in the order of {@code emotions.txt}. */
    private static final List<String> EMOTIONS = List.of("admiration", "amusement", "anger", "annoyance",
            "approval", "caring", "confusion", "curiosity", "desire", "disappointment", "disapproval", "disgust",
            "embarrassment", "excitement", "fear", "gratitude", "grief", "joy", "love", "nervousness", "optimism",
            "pride", "realization", "relief", "remorse", "sadness", "surprise", "neutral");

    private Corpora() {
    }

    /** The training sources found under {@code corpus} (the repository's {@code testdata/}). */
    static List<Source> training(Path corpus) throws IOException {
        List<Source> sources = new ArrayList<>();
        for (String name : TRAINING_ORDER) {
            List<Labelled> items = new ArrayList<>();
            for (String file : TRAINING.get(name)) {
                items.addAll(read(corpus.resolve(file)).items());
            }
            sources.add(new Source(name, items));
        }
        return sources;
    }

    /** The name a file goes by: a training source's name, else the file name. */
    static String sourceName(Path file) {
        String fileName = file.getFileName().toString();
        for (Map.Entry<String, List<String>> e : TRAINING.entrySet()) {
            for (String known : e.getValue()) {
                if (known.endsWith("/" + fileName)) {
                    return e.getKey();
                }
            }
        }
        return fileName;
    }

    /** The labelled texts of one file, its format told by its name and first line. */
    static Source read(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        List<Labelled> items;
        if (name.endsWith(".csv")) {
            items = csv(file);
        } else if (name.endsWith(".tsv")) {
            items = goEmotions(file);
        } else {
            items = lines(file);
        }
        return new Source(sourceName(file), items);
    }

    private static List<Labelled> lines(Path file) throws IOException {
        List<Labelled> items = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] cols = line.split("\t");
            if (cols.length >= 3) {
                double rating = number(cols[1]);
                if (!Double.isNaN(rating)) {
                    String label = rating > 0.5 ? "positive" : rating < -0.5 ? "negative" : "neutral";
                    items.add(new Labelled(line.substring(line.indexOf('\t', line.indexOf('\t') + 1) + 1).strip(),
                            label, null, rating));
                }
            } else if (cols.length == 2 && ("0".equals(cols[1].strip()) || "1".equals(cols[1].strip()))) {
                items.add(new Labelled(cols[0].strip(), "1".equals(cols[1].strip()) ? "positive" : "negative", null,
                        Double.NaN));
            }
        }
        return items;
    }

    private static double number(String text) {
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static List<Labelled> goEmotions(Path file) throws IOException {
        List<Labelled> items = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] cols = line.split("\t");
            if (cols.length < 2 || !cols[1].matches("[0-9,]+")) {
                continue;
            }
            boolean positive = false;
            boolean negative = false;
            boolean neutral = false;
            for (String id : cols[1].split(",")) {
                String emotion = EMOTIONS.get(Integer.parseInt(id));
                positive |= POSITIVE.contains(emotion);
                negative |= NEGATIVE.contains(emotion);
                neutral |= "neutral".equals(emotion);
            }
            String label = positive == negative
                    ? (neutral && !positive ? "neutral" : null)
                    : positive ? "positive" : "negative";
            if (label != null) {
                items.add(new Labelled(cols[0], label, null, Double.NaN));
            }
        }
        return items;
    }

    private static List<Labelled> csv(Path file) throws IOException {
        List<List<String>> rows;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            rows = Csv.read(in);
        }
        List<String> header = rows.isEmpty() ? List.of() : rows.get(0);
        int intent = header.indexOf("intent");
        int instruction = header.indexOf("instruction");
        int text = header.indexOf("text");
        int sentiment = header.indexOf("airline_sentiment") >= 0
                ? header.indexOf("airline_sentiment")
                : header.indexOf("sentiment");
        List<Labelled> items = new ArrayList<>();
        for (List<String> row : rows.subList(Math.min(1, rows.size()), rows.size())) {
            if (intent >= 0 && instruction >= 0 && row.size() > Math.max(intent, instruction)) {
                items.add(new Labelled(row.get(instruction), null, "complaint".equals(row.get(intent)), Double.NaN));
            } else if (text >= 0 && sentiment >= 0 && row.size() > Math.max(text, sentiment)) {
                String label = row.get(sentiment).strip().toLowerCase(Locale.ROOT);
                if (SentimentModel.CLASSES.contains(label)) {
                    items.add(new Labelled(row.get(text), label, "negative".equals(label), Double.NaN));
                }
            }
        }
        if (items.isEmpty() && !rows.isEmpty()) {
            throw new IOException(file + " has neither intent/instruction nor text/sentiment columns");
        }
        return items;
    }
}

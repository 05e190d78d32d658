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
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.parley.analytics.Classification;
import org.parley.analytics.MessageType;
import org.parley.analytics.SentimentLabel;

/**
 * Measures the classifier chain on labelled files, side by side with the plain lexicon baseline in
 * the same run.
 *
 * <p>
 * Type, on the Bitext customer-support CSV: intent {@code complaint} → complaint; a tag containing
 * {@code I} (interrogative) → question; intent {@code review} whose text has a positive opinion
 * word → compliment; else other. A message may be several; it is scored on its primary type, in the
 * order complaint, compliment, question, other, for gold and prediction alike. The baseline calls a
 * message with "?" a question, a negative lexicon sum a complaint, a positive one a compliment.
 *
 * <p>
 * Sentiment and complaints, on any source {@link Corpora} reads (VADER's {@code *GroundTruth.txt},
 * GoEmotions, Bitext, a CSV with {@code text} and {@code airline_sentiment}, sentences with 0/1):
 * three-class accuracy, macro-F1 and confusion (VADER's ratings: positive above +0.5, negative
 * below −0.5, neutral between; the predicted label by the ±0.05 thresholds), Pearson's r where
 * there are ratings, complaint precision and recall where there are complaint labels (the baseline
 * calls a negative lexicon sum a complaint). Each source is measured on a model that never saw it.
 */
public final class Evaluation {

    static final List<String> TYPES = List.of("complaint", "compliment", "question", "other");
    static final List<String> SENTIMENTS = List.of("negative", "neutral", "positive");
    private static final Set<String> POSITIVE_OPINION = Set.of("good", "great", "excellent", "amazing", "awesome",
            "love", "loved", "happy", "satisfied", "pleased", "fantastic", "wonderful", "nice", "best", "perfect",
            "helpful", "thank", "thanks");

    /** The figures of one classifier on one file, and the confusion matrix as text. */
    public record Figures(ObjectNode json, String table) {
    }

    private final Function<String, Classification> chain;
    private final Lexicon lexicon = Lexicon.load();
    private final BaselineSentiment baseline = new BaselineSentiment(lexicon);
    private final SentimentModel shipped = SentimentModel.shipped();

    public Evaluation(Function<String, Classification> chain) {
        this.chain = chain;
    }

    /** Parley's figures, then the baseline's. */
    public List<Figures> types(Path csv) throws IOException {
        List<List<String>> rows;
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            rows = Csv.read(in);
        }
        List<String> header = rows.isEmpty() ? List.of() : rows.get(0);
        int text = column(header, "instruction", csv);
        int intent = column(header, "intent", csv);
        int tags = column(header, "tags", csv);
        Metrics parley = new Metrics(TYPES);
        Metrics plain = new Metrics(TYPES);
        for (List<String> row : rows.subList(1, rows.size())) {
            if (row.size() <= Math.max(text, Math.max(intent, tags))) {
                continue;
            }
            String message = row.get(text);
            String gold = goldType(message, row.get(intent), row.get(tags));
            parley.add(gold, primary(chain.apply(message).types()));
            plain.add(gold, baselineType(message));
        }
        return List.of(figures("type", csv, "parley", parley), figures("type", csv, "baseline", plain));
    }

    private static int column(List<String> header, String name, Path file) throws IOException {
        int at = header.indexOf(name);
        if (at < 0) {
            throw new IOException(file + " has no column '" + name + "' (expected the Bitext CSV header)");
        }
        return at;
    }

    static String goldType(String text, String intent, String tags) {
        if ("complaint".equals(intent)) {
            return "complaint";
        }
        if ("review".equals(intent) && Tokens.words(text).stream().anyMatch(POSITIVE_OPINION::contains)) {
            return "compliment";
        }
        return tags.contains("I") ? "question" : "other";
    }

    static String primary(Set<MessageType> types) {
        for (String key : TYPES) {
            if (types.contains(MessageType.of(key))) {
                return key;
            }
        }
        return "other";
    }

    private String baselineType(String text) {
        double score = baseline.score(text);
        if (score <= -SentimentLabel.THRESHOLD) {
            return "complaint";
        }
        if (score >= SentimentLabel.THRESHOLD) {
            return "compliment";
        }
        return text.indexOf('?') >= 0 ? "question" : "other";
    }

    /**
     * Parley's figures, then the baseline's, for each file, each on a model that did not learn from it:
     * the shipped model for a source it was not trained on, else (with {@code corpus}, the repository's
     * {@code testdata/}) a model trained in this run on every training source but that one. Without
     * {@code corpus} a training source is measured on the shipped model and marked
     * {@code "in_training": true}.
     */
    public List<Figures> sources(List<Path> files, Path corpus) throws IOException {
        List<Corpora.Source> training = corpus == null ? List.of() : Corpora.training(corpus);
        List<Figures> figures = new ArrayList<>();
        for (Path file : files) {
            Corpora.Source source = Corpora.read(file);
            boolean inTraining = shipped.trainedOn().contains(source.name());
            Function<String, Classification> classify = chain;
            List<String> trainedOn = shipped.trainedOn();
            if (inTraining && corpus != null) {
                List<Corpora.Source> rest = training.stream().filter(s -> !s.name().equals(source.name())).toList();
                SentimentModel held = SentimentTraining.train("without-" + source.name(), rest);
                Chain heldOut = Chain.builtIn(lexicon, held);
                classify = text -> heldOut.classify(text, org.parley.analytics.MessageFacts.NONE);
                trainedOn = held.trainedOn();
                inTraining = false;
            }
            figures.addAll(source(file, source, classify, trainedOn, inTraining));
        }
        return figures;
    }

    private List<Figures> source(Path file, Corpora.Source source, Function<String, Classification> classify,
            List<String> trainedOn, boolean inTraining) {
        Metrics parley = new Metrics(SENTIMENTS);
        Metrics plain = new Metrics(SENTIMENTS);
        int[] ours = new int[4];
        int[] theirs = new int[4];
        List<Double> human = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        List<Double> base = new ArrayList<>();
        for (Corpora.Labelled item : source.items()) {
            Classification c = classify.apply(item.text());
            double b = baseline.score(item.text());
            if (item.sentiment() != null) {
                parley.add(item.sentiment(), c.sentimentLabel().key());
                plain.add(item.sentiment(), SentimentLabel.of(b).key());
            }
            if (!Double.isNaN(item.rating())) {
                human.add(item.rating());
                scores.add(c.sentimentScore());
                base.add(b);
            }
            if (item.complaint() != null) {
                count(ours, item.complaint(), c.types().contains(MessageType.COMPLAINT));
                count(theirs, item.complaint(), b <= -SentimentLabel.THRESHOLD);
            }
        }
        String what = parley.total() > 0 ? "sentiment" : "complaint";
        Figures p = figures(what, file, "parley", parley);
        Figures v = figures(what, file, "baseline", plain);
        List<Figures> both = new ArrayList<>();
        for (Figures f : List.of(p, v)) {
            ObjectNode json = f.json();
            String table = f.table();
            if (parley.total() == 0) {
                json.remove(List.of("accuracy", "macro_f1", "confusion"));
                json.put("n", source.items().size());
                table = json.path("classifier").asText() + " complaints on " + file.getFileName() + ": see the JSON";
            }
            json.put("source", source.name());
            json.put("in_training", inTraining);
            com.fasterxml.jackson.databind.node.ArrayNode names = json.putArray("trained_on");
            if (f == p) {
                trainedOn.forEach(names::add);
            }
            if (!human.isEmpty()) {
                json.put("pearson_r", Metrics.round(pearson(human, f == p ? scores : base)));
            }
            int[] counts = f == p ? ours : theirs;
            if (counts[0] + counts[1] + counts[2] + counts[3] > 0) {
                json.put("complaint_n", counts[0] + counts[1]);
                json.put("complaint_precision", Metrics.round(ratio(counts[0], counts[0] + counts[2])));
                json.put("complaint_recall", Metrics.round(ratio(counts[0], counts[0] + counts[1])));
            }
            both.add(new Figures(json, table));
        }
        return both;
    }

    /** Counts into {true positives, false negatives, false positives, true negatives}. */
    private static void count(int[] counts, boolean gold, boolean predicted) {
        counts[gold ? predicted ? 0 : 1 : predicted ? 2 : 3]++;
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : a / (double) b;
    }

    static double pearson(List<Double> x, List<Double> y) {
        int n = x.size();
        double mx = x.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double my = y.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            double dx = x.get(i) - mx;
            double dy = y.get(i) - my;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }
        return sxx == 0 || syy == 0 ? 0 : sxy / Math.sqrt(sxx * syy);
    }

    private static Figures figures(String what, Path file, String classifier, Metrics metrics) {
        ObjectNode json = metrics.toJson();
        ObjectNode out = json.objectNode();
        out.put("eval", what);
        out.put("file", file.getFileName().toString());
        out.put("classifier", classifier);
        out.setAll(json);
        return new Figures(out, classifier + " " + what + " on " + file.getFileName() + ":\n" + metrics.table());
    }
}

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
 * Sentiment, on VADER's {@code *GroundTruth.txt} (id, mean human rating −4…+4, text): Pearson's r
 * between the score and the rating; three classes with the gold label positive above +0.5, negative
 * below −0.5, neutral between, and the predicted label by the ±0.05 thresholds.
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
    private final BaselineSentiment baseline;

    public Evaluation(Function<String, Classification> chain) {
        this.chain = chain;
        this.baseline = new BaselineSentiment(Lexicon.load());
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

    /** Parley's figures, then the baseline's. */
    public List<Figures> sentiment(Path file) throws IOException {
        Metrics parley = new Metrics(SENTIMENTS);
        Metrics plain = new Metrics(SENTIMENTS);
        List<Double> human = new ArrayList<>();
        List<Double> ours = new ArrayList<>();
        List<Double> base = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] cols = line.split("\t", 3);
            if (cols.length < 3) {
                continue;
            }
            double rating;
            try {
                rating = Double.parseDouble(cols[1].strip());
            } catch (NumberFormatException e) {
                continue;
            }
            String text = cols[2].strip();
            Classification c = chain.apply(text);
            double b = baseline.score(text);
            human.add(rating);
            ours.add(c.sentimentScore());
            base.add(b);
            String gold = rating > 0.5 ? "positive" : rating < -0.5 ? "negative" : "neutral";
            parley.add(gold, c.sentimentLabel().key());
            plain.add(gold, SentimentLabel.of(b).key());
        }
        Figures p = figures("sentiment", file, "parley", parley);
        p.json().put("pearson_r", Metrics.round(pearson(human, ours)));
        Figures b = figures("sentiment", file, "baseline", plain);
        b.json().put("pearson_r", Metrics.round(pearson(human, base)));
        return List.of(p, b);
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

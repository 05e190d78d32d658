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

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parley.analytics.ClassificationService;
import org.parley.analytics.MessageFacts;
import org.parley.cli.command.CliCommand;
import org.parley.cli.command.CliContext;
import org.parley.cli.command.UsageException;

/**
 * {@code parley-cli eval --type <bitext.csv> | [--sentiment <file>...] [--corpus <testdata>]}:
 * accuracy, macro-F1 and a confusion matrix (sentiment also Pearson's r and complaint precision and
 * recall where the source has them), for the chain and the plain lexicon baseline side by side,
 * each source on a model that was not trained on it ({@code --corpus} lets a training source be
 * held out by training without it in the run; {@code --corpus} alone measures every training source
 * that way, and the Bitext complaints). JSON on standard output with {@code source},
 * {@code in_training} and {@code trained_on}, the matrices as tables on standard error. See
 * {@link Evaluation}.
 */
@Component(property = CliCommand.NAME + "=eval")
public final class EvalCommand implements CliCommand {

    /** What {@code --corpus} alone measures: every training source, and the Bitext complaints. */
    static final List<String> DEFAULT_SOURCES = List.of("sentiment/tweets_GroundTruth.txt",
            "sentiment/amazonReviewSnippets_GroundTruth.txt", "sentiment/movieReviewSnippets_GroundTruth.txt",
            "sentiment/nytEditorialSnippets_GroundTruth.txt", "sentiment/goemotions/test.tsv",
            "messages/bitext-customer-support.csv");

    private final ClassificationService classification;

    @Activate
    public EvalCommand(@Reference ClassificationService classification) {
        this.classification = classification;
    }

    @Override
    public String synopsis() {
        return "--type <bitext-customer-support.csv> | --topics <bitext-topics.csv> | [--sentiment <file>...]"
                + " [--corpus <testdata folder>]";
    }

    @Override
    public String summary() {
        return "measure the classifiers on a labelled file beside a plain baseline (the VADER lexicon; for"
                + " topics, each topic's first keyword alone)";
    }

    @Override
    public int run(CliContext context, List<String> args) throws Exception {
        Evaluation evaluation = new Evaluation(text -> classification.classify(text, MessageFacts.NONE));
        List<Evaluation.Figures> figures;
        if (args.size() == 2 && "--type".equals(args.get(0))) {
            figures = evaluation.types(readable(Path.of(args.get(1))));
        } else if (args.size() == 2 && "--topics".equals(args.get(0))) {
            figures = new TopicEvaluation(text -> classification.classify(text, MessageFacts.NONE).topics(),
                    ShippedTopics.get()).run(readable(Path.of(args.get(1))));
        } else {
            figures = sources(evaluation, args);
        }
        for (Evaluation.Figures f : figures) {
            if (f.json().path("in_training").asBoolean()) {
                context.err().println("warning: " + f.json().path("source").asText() + " was in the model's"
                        + " training data; add --corpus <testdata> for a held-out figure");
            }
            context.out().println(f.json());
            context.err().println(f.table());
        }
        return OK;
    }

    /** {@code [--sentiment <file>...] [--corpus <folder>]}: each source held out, beside VADER. */
    private static List<Evaluation.Figures> sources(Evaluation evaluation, List<String> args) throws Exception {
        List<Path> files = new ArrayList<>();
        Path corpus = null;
        boolean sentiment = false;
        for (int i = 0; i < args.size(); i++) {
            switch (args.get(i)) {
                case "--sentiment" -> sentiment = true;
                case "--corpus" -> {
                    if (i + 1 >= args.size()) {
                        throw new UsageException("--corpus needs a folder (the repository's testdata/)");
                    }
                    corpus = readable(Path.of(args.get(++i)));
                }
                default -> {
                    if (!sentiment) {
                        throw new UsageException("unknown argument " + args.get(i));
                    }
                    files.add(readable(Path.of(args.get(i))));
                }
            }
        }
        if (files.isEmpty() && corpus == null) {
            throw new UsageException("eval needs --type <csv>, --sentiment <file>... or --corpus <folder>");
        }
        if (files.isEmpty()) {
            for (String file : DEFAULT_SOURCES) {
                files.add(readable(corpus.resolve(file)));
            }
        }
        return evaluation.sources(files, corpus);
    }

    private static Path readable(Path file) throws UsageException {
        if (!Files.exists(file) || !Files.isReadable(file)) {
            throw new UsageException("cannot read " + file);
        }
        return file;
    }
}

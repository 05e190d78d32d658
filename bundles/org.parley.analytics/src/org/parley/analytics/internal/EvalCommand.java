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

import picocli.CommandLine.Option;

/**
 * {@code parley-cli eval --type <csv> | --topics <csv> | [--sentiment <file>...] [--corpus <testdata>]}:
 * accuracy, macro-F1 and a confusion matrix (sentiment also Pearson's r and complaint precision and
 * recall where the source has them), for the chain and the plain lexicon baseline side by side,
 * each source on a model that was not trained on it ({@code --corpus} lets a training source be
 * held out by training without it in the run; {@code --corpus} alone measures every training source
 * that way, and the Bitext complaints). JSON on standard output with {@code source},
 * {@code in_training} and {@code trained_on}, the matrices as tables on standard error. See
 * {@link Evaluation}.
 */
@Component(property = CliCommand.NAME + "=eval")
public final class EvalCommand implements CliCommand<EvalCommand.Arguments> {

    /** What {@code --corpus} alone measures: every training source, and the Bitext complaints. */
    static final List<String> DEFAULT_SOURCES = List.of("sentiment/tweets_GroundTruth.txt",
            "sentiment/amazonReviewSnippets_GroundTruth.txt", "sentiment/movieReviewSnippets_GroundTruth.txt",
            "sentiment/nytEditorialSnippets_GroundTruth.txt", "sentiment/goemotions/test.tsv",
            "messages/bitext-customer-support.csv");

    /** What to measure: one labelled file of a kind, or sentiment sources held out of training. */
    static final class Arguments {
        @Option(names = "--type", paramLabel = "<csv>", description = "Bitext customer-support CSV: measure types")
        Path type;

        @Option(names = "--topics", paramLabel = "<csv>", description = "labelled topics CSV: measure topics")
        Path topics;

        @Option(names = "--sentiment", paramLabel = "<file>", arity = "1..*",
                description = "labelled sentiment files to measure (default with --corpus: every training source)")
        List<Path> sentiment = new ArrayList<>();

        @Option(names = "--corpus", paramLabel = "<folder>",
                description = "the repository's testdata/: hold each measured source out of training")
        Path corpus;
    }

    private final ClassificationService classification;

    @Activate
    public EvalCommand(@Reference ClassificationService classification) {
        this.classification = classification;
    }

    @Override
    public String summary() {
        return "measure the classifiers on a labelled file beside a plain baseline (the VADER lexicon; for"
                + " topics, each topic's first keyword alone)";
    }

    @Override
    public Arguments arguments() {
        return new Arguments();
    }

    @Override
    public int execute(CliContext context, Arguments args) throws Exception {
        Evaluation evaluation = new Evaluation(text -> classification.classify(text, MessageFacts.NONE));
        boolean sources = !args.sentiment.isEmpty() || args.corpus != null;
        if ((args.type != null ? 1 : 0) + (args.topics != null ? 1 : 0) + (sources ? 1 : 0) > 1) {
            throw new UsageException("eval takes one of --type <csv>, --topics <csv> or --sentiment/--corpus");
        }
        List<Evaluation.Figures> figures;
        if (args.type != null) {
            figures = evaluation.types(readable(args.type));
        } else if (args.topics != null) {
            figures = new TopicEvaluation(text -> classification.classify(text, MessageFacts.NONE).topics(),
                    ShippedTopics.get()).run(readable(args.topics));
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
    private static List<Evaluation.Figures> sources(Evaluation evaluation, Arguments args) throws Exception {
        Path corpus = args.corpus == null ? null : readable(args.corpus);
        List<Path> files = new ArrayList<>();
        for (Path file : args.sentiment) {
            files.add(readable(file));
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

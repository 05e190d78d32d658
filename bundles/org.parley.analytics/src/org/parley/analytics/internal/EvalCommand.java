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
 * {@code parley-cli eval --type <bitext.csv> | --sentiment <GroundTruth.txt>}: accuracy, macro-F1
 * and a confusion matrix (sentiment also Pearson's r), for the chain and the plain lexicon baseline
 * side by side. JSON on standard output, the matrices as tables on standard error. See
 * {@link Evaluation}.
 */
@Component(property = CliCommand.NAME + "=eval")
public final class EvalCommand implements CliCommand {

    private final ClassificationService classification;

    @Activate
    public EvalCommand(@Reference ClassificationService classification) {
        this.classification = classification;
    }

    @Override
    public String synopsis() {
        return "--type <bitext-customer-support.csv> | --sentiment <*_GroundTruth.txt> | --topics <bitext-topics.csv>";
    }

    @Override
    public String summary() {
        return "measure the classifiers on a labelled file beside a plain baseline (the VADER lexicon; for"
                + " topics, each topic's first keyword alone)";
    }

    @Override
    public int run(CliContext context, List<String> args) throws Exception {
        if (args.size() != 2 || !List.of("--type", "--sentiment", "--topics").contains(args.get(0))) {
            throw new UsageException("eval needs --type <csv>, --sentiment <file> or --topics <csv>");
        }
        Path file = Path.of(args.get(1));
        if (!Files.isReadable(file)) {
            throw new UsageException("cannot read " + file);
        }
        Evaluation evaluation = new Evaluation(text -> classification.classify(text, MessageFacts.NONE));
        List<Evaluation.Figures> figures = switch (args.get(0)) {
            case "--type" -> evaluation.types(file);
            case "--topics" -> new TopicEvaluation(text -> classification.classify(text, MessageFacts.NONE).topics(),
                    ShippedTopics.get()).run(file);
            default -> evaluation.sentiment(file);
        };
        for (Evaluation.Figures f : figures) {
            context.out().println(f.json());
            context.err().println(f.table());
        }
        return OK;
    }
}

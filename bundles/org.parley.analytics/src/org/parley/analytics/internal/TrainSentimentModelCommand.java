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

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.osgi.service.component.annotations.Component;
import org.parley.cli.command.CliCommand;
import org.parley.cli.command.CliContext;

import picocli.CommandLine.Option;

/**
 * {@code parley-cli train-sentiment-model --corpus <testdata> --out <file> [--version <v>]}: trains
 * the sentiment model from the labelled corpora in the repository's {@code testdata/} (see
 * {@link Corpora#TRAINING}) and writes the model file that the bundle ships as
 * {@code model/sentiment-model.bin.gz}. Deterministic: the same corpora give the same file.
 */
@Component(property = CliCommand.NAME + "=train-sentiment-model")
public final class TrainSentimentModelCommand implements CliCommand<TrainSentimentModelCommand.Arguments> {

    /** Where the corpora are, where the model goes, and its version. */
    static final class Arguments {
        @Option(names = "--corpus", required = true, paramLabel = "<folder>",
                description = "the repository's testdata/")
        Path corpus;

        @Option(names = "--out", required = true, paramLabel = "<file>", description = "the model file to write")
        Path out;

        @Option(names = "--version", paramLabel = "<v>", description = "the model's version (default ${DEFAULT-VALUE})")
        String version = VERSION;
    }

    static final String VERSION = "1";

    @Override
    public String summary() {
        return "train the shipped sentiment model from the labelled corpora (developers)";
    }

    @Override
    public Arguments arguments() {
        return new Arguments();
    }

    @Override
    public int execute(CliContext context, Arguments arguments) throws Exception {
        Path corpus = arguments.corpus;
        Path out = arguments.out;
        String version = arguments.version;
        long started = System.nanoTime();
        List<Corpora.Source> sources = Corpora.training(corpus);
        SentimentModel model = SentimentTraining.train(version, sources);
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        try (OutputStream file = Files.newOutputStream(out)) {
            model.write(file);
        }
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("model", out.toString());
        json.put("version", version);
        ArrayNode trained = json.putArray("trained_on");
        sources.forEach(s -> trained.add(s.name()));
        json.put("examples", sources.stream().mapToInt(s -> s.items().size()).sum());
        json.put("seconds", Metrics.round((System.nanoTime() - started) / 1e9));
        context.out().println(json);
        return OK;
    }
}

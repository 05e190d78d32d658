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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

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
 * {@code parley-cli bench classify [--messages N] [--file F]}: classification throughput of the
 * full chain (with cues) on one thread, after a warm-up. Nothing is cached between messages, and
 * the texts are distinct anyway so that no cache could help: without {@code --file} every message
 * is a different combination of two seed messages with its own order number; with it, the lines of
 * the file (the text after the last tab, so the VADER ground-truth files work as they are).
 */
@Component(property = CliCommand.NAME + "=bench classify")
public final class BenchClassifyCommand implements CliCommand<BenchClassifyCommand.Arguments> {

    /** How many messages, and where their texts come from. */
    static final class Arguments {
        @Option(names = "--messages", paramLabel = "<n>",
                description = "messages to classify (default ${DEFAULT-VALUE})")
        int messages = 200_000;

        @Option(names = "--file", paramLabel = "<file>",
                description = "one message per line (the text after the last tab); default: generated texts")
        Path file;
    }

    private final ClassificationService classification;

    @Activate
    public BenchClassifyCommand(@Reference ClassificationService classification) {
        this.classification = classification;
    }

    @Override
    public String summary() {
        return "messages per second of the full classifier chain on one core, on distinct texts";
    }

    @Override
    public Arguments arguments() {
        return new Arguments();
    }

    @Override
    public int execute(CliContext context, Arguments arguments) throws Exception {
        int count = arguments.messages;
        Path file = arguments.file;
        if (count <= 0) {
            throw new UsageException("--messages needs a positive number");
        }
        List<String> texts = file == null ? generated(count, 0) : lines(file);
        if (texts.isEmpty()) {
            throw new UsageException(file + " has no messages");
        }
        List<String> warmUp = file == null ? generated(Math.max(1000, count / 4), count) : texts;
        context.out().println(run(texts, warmUp, count, file == null ? "generated" : file.toString()));
        return OK;
    }

    /**
     * {@code count} distinct texts: two seed messages joined, with an order number from {@code first}.
     */
    static List<String> generated(int count, int first) {
        List<String> seed = Trainer.seed().stream().map(Example::text).distinct().toList();
        List<String> texts = new ArrayList<>(count);
        int n = seed.size();
        for (int i = 0; i < count; i++) {
            int k = first + i;
            texts.add(
                    seed.get(k % n) + " " + seed.get((k + 1 + k / n % (n - 1)) % n) + " (order " + (100_000 + k) + ")");
        }
        return texts;
    }

    private static List<String> lines(Path file) throws IOException {
        List<String> texts = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String text = line.substring(line.lastIndexOf('\t') + 1).strip();
            if (!text.isEmpty()) {
                texts.add(text);
            }
        }
        return texts;
    }

    ObjectNode run(List<String> texts, List<String> warmUp, int count, String source) {
        MessageFacts[] facts = {MessageFacts.NONE, new MessageFacts("x", 52_000, true, 340, 2),
                new MessageFacts("email", null, false, null, 0), new MessageFacts("facebook", 120, false, 3, 0)};
        long checksum = classifyMany(warmUp, facts, Math.max(1000, count / 4));
        long started = System.nanoTime();
        checksum += classifyMany(texts, facts, count);
        double seconds = (System.nanoTime() - started) / 1e9;
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("bench", "classify");
        json.put("threads", 1);
        json.put("messages", count);
        json.put("seconds", Metrics.round(seconds));
        json.put("messages_per_second", Math.round(count / seconds));
        json.put("texts", source);
        json.put("distinct_texts", new HashSet<>(texts.subList(0, Math.min(count, texts.size()))).size());
        json.put("checksum", checksum);
        return json;
    }

    private long classifyMany(List<String> texts, MessageFacts[] facts, int count) {
        long checksum = 0;
        for (int i = 0; i < count; i++) {
            checksum += classification.classify(texts.get(i % texts.size()), facts[i % facts.length]).cues().size();
        }
        return checksum;
    }
}

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

import java.util.ArrayList;
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

/**
 * {@code parley-cli bench classify [--messages N]}: classification throughput of the full chain
 * (with cues) on one thread, over the shipped seed messages with varied author facts, after a
 * warm-up.
 */
@Component(property = CliCommand.NAME + "=bench classify")
public final class BenchClassifyCommand implements CliCommand {

    private final ClassificationService classification;

    @Activate
    public BenchClassifyCommand(@Reference ClassificationService classification) {
        this.classification = classification;
    }

    @Override
    public String synopsis() {
        return "[--messages <count, default 200000>]";
    }

    @Override
    public String summary() {
        return "messages per second of the full classifier chain on one core";
    }

    @Override
    public int run(CliContext context, List<String> args) throws Exception {
        int count = 200_000;
        if (args.size() == 2 && "--messages".equals(args.get(0))) {
            try {
                count = Integer.parseInt(args.get(1));
            } catch (NumberFormatException e) {
                throw new UsageException("--messages needs a number");
            }
        } else if (!args.isEmpty()) {
            throw new UsageException("unknown arguments " + args);
        }
        context.out().println(run(count));
        return OK;
    }

    ObjectNode run(int count) {
        List<String> texts = new ArrayList<>();
        Trainer.seed().forEach(e -> texts.add(e.text()));
        MessageFacts[] facts = {MessageFacts.NONE, new MessageFacts("x", 52_000, true, 340, 2),
                new MessageFacts("email", null, false, null, 0), new MessageFacts("facebook", 120, false, 3, 0)};
        long checksum = classifyMany(texts, facts, Math.max(1000, count / 4));
        long started = System.nanoTime();
        checksum += classifyMany(texts, facts, count);
        double seconds = (System.nanoTime() - started) / 1e9;
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("bench", "classify");
        json.put("threads", 1);
        json.put("messages", count);
        json.put("seconds", Metrics.round(seconds));
        json.put("messages_per_second", Math.round(count / seconds));
        json.put("distinct_texts", texts.size());
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

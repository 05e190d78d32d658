/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.analytics.internal.cli;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parley.analytics.TopicLearningReport;
import org.parley.analytics.TopicService;
import org.parley.cli.command.CliCommand;
import org.parley.cli.command.CliContext;
import org.parley.cli.command.NoArguments;

/** {@code parley-cli topics learn}: topic keywords learned from the agents' corrections. */
@Component(service = CliCommand.class, property = CliCommand.NAME + "=topics learn")
public final class TopicsLearnCommand implements CliCommand<NoArguments> {

    private final TopicService topics;

    @Activate
    public TopicsLearnCommand(@Reference TopicService topics) {
        this.topics = topics;
    }

    @Override
    public String summary() {
        return "learn topic keywords from the agents' topic corrections and save them as a new topics version";
    }

    @Override
    public NoArguments arguments() {
        return new NoArguments();
    }

    @Override
    public int execute(CliContext context, NoArguments none) throws Exception {
        TopicLearningReport report = topics.learn(context.store());
        ObjectNode node = TopicsCommands.JSON.createObjectNode();
        node.put("version", report.version());
        node.put("saved", report.saved());
        node.put("corrections", report.corrections());
        ObjectNode learned = node.putObject("learned");
        for (Map.Entry<String, List<String>> topic : new TreeMap<>(report.learned()).entrySet()) {
            topic.getValue().forEach(learned.putArray(topic.getKey())::add);
        }
        TopicsCommands.print(context, node);
        return OK;
    }
}

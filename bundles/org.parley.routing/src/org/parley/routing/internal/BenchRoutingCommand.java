/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.routing.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.parley.cli.command.CliCommand;
import org.parley.cli.command.CliContext;
import org.parley.routing.MessageFacts;
import org.parley.routing.MessageLabeler;
import org.parley.routing.Priority;
import org.parley.routing.RoutingService;
import org.parley.routing.RoutingVersion;
import org.parley.routing.RuleEngine;
import org.parley.routing.SlaPolicy;
import org.parley.routing.internal.MessageQuery.Message;

import picocli.CommandLine.Option;

/**
 * {@code parley-cli bench routing}: how fast the stored messages are read, labelled and matched
 * against the current rules, and how fast due times are computed. Writes nothing.
 */
@Component(service = CliCommand.class, property = CliCommand.NAME + "=bench routing")
public final class BenchRoutingCommand implements CliCommand<BenchRoutingCommand.Arguments> {

    private static final int DEFAULT_MESSAGES = 100_000;
    private static final int DUE_TIMES = 100_000;

    private final RoutingService routing;
    private volatile MessageLabeler labeler;

    @Activate
    public BenchRoutingCommand(@Reference RoutingService routing) {
        this.routing = routing;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setLabeler(MessageLabeler newLabeler) {
        this.labeler = newLabeler;
    }

    void unsetLabeler(MessageLabeler oldLabeler) {
        if (labeler == oldLabeler) {
            labeler = null;
        }
    }

    /** How many of the newest messages to time. */
    static final class Arguments {
        @Option(names = "--messages", paramLabel = "<n>", description = "the newest stored customer messages to"
                + " read, label and match (default ${DEFAULT-VALUE})")
        int messages = DEFAULT_MESSAGES;
    }

    @Override
    public Arguments arguments() {
        return new Arguments();
    }

    @Override
    public String summary() {
        return "time reading, labelling and rule matching of the newest stored messages, and SLA due times";
    }

    @Override
    public int execute(CliContext context, Arguments arguments) throws Exception {
        int limit = RoutingCommands.atLeastOne(arguments.messages, "--messages");
        RoutingVersion version = routing.current(context.store());
        long start = System.nanoTime();
        List<Message> messages = context.store().query(c -> MessageQuery.newestInbound(c, limit));
        long read = System.nanoTime();
        List<MessageFacts> facts = label(context, messages);
        long labelled = System.nanoTime();
        int matched = 0;
        for (MessageFacts message : facts) {
            matched += RuleEngine.firstMatch(version.config().rules(), message).isPresent() ? 1 : 0;
        }
        long evaluated = System.nanoTime();
        ObjectNode node = RoutingCommands.JSON.createObjectNode();
        node.put("messages", facts.size());
        node.put("rules", version.config().rules().size());
        node.put("matched", matched);
        node.put("read_ms", ms(read - start));
        node.put("label_ms", ms(labelled - read));
        node.put("labeler", labeler == null ? "none" : labeler.getClass().getName());
        node.put("match_ms", ms(evaluated - labelled));
        node.put("match_per_s", perSecond(facts.size(), evaluated - labelled));
        node.put("due_per_s", dueRate(version));
        RoutingCommands.print(context, node);
        return OK;
    }

    private List<MessageFacts> label(CliContext context, List<Message> messages) {
        List<MessageFacts> facts = messages.stream().map(Message::facts).toList();
        MessageLabeler current = labeler;
        if (current == null) {
            return facts;
        }
        List<MessageFacts> labelled = new ArrayList<>(facts.size());
        for (int from = 0; from < facts.size(); from += DefaultRoutingService.BATCH) {
            List<MessageFacts> chunk = facts.subList(from, Math.min(facts.size(), from + DefaultRoutingService.BATCH));
            var labels = current.labels(context.store(), chunk);
            chunk.forEach(f -> labelled.add(f.withLabels(labels.get(f.interactionId()))));
        }
        return labelled;
    }

    private static long dueRate(RoutingVersion version) {
        SlaPolicy policy = version.config().policies().stream().filter(SlaPolicy::isDefault).findFirst()
                .orElse(null);
        if (policy == null) {
            return 0;
        }
        Instant at = Instant.parse("2026-11-20T17:30:00Z");
        long start = System.nanoTime();
        long sink = 0;
        for (int i = 0; i < DUE_TIMES; i++) {
            Instant due = policy.due(at.plus(Duration.ofMinutes(i % 10_080)), Priority.values()[i % 4], true);
            sink += due == null ? 0 : 1;
        }
        return sink < 0 ? 0 : perSecond(DUE_TIMES, System.nanoTime() - start);
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    private static long perSecond(int count, long nanos) {
        return nanos == 0 ? 0 : Math.round(count * 1e9 / nanos);
    }
}

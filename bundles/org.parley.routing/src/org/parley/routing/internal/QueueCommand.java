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

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parley.cli.command.CliCommand;
import org.parley.cli.command.CliContext;
import org.parley.cli.command.UsageException;
import org.parley.routing.QueueEntry;
import org.parley.routing.RoutingRule;
import org.parley.routing.RoutingService;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code parley-cli queue [<queue-name>] [--overdue]}: the routed conversations of one queue (or
 * all), one JSON line each, the next reply due first.
 */
@Component(service = CliCommand.class, property = CliCommand.NAME + "=queue")
public final class QueueCommand implements CliCommand<QueueCommand.Arguments> {

    private final RoutingService routing;

    @Activate
    public QueueCommand(@Reference RoutingService routing) {
        this.routing = routing;
    }

    /** The queue to list (all without it) and whether only late replies. */
    static final class Arguments {
        @Parameters(arity = "0..*", paramLabel = "<queue-name>", description = "one queue (its words may be given"
                + " unquoted); every queue without it")
        List<String> queue = List.of();
        @Option(names = "--overdue", description = "only conversations whose reply is late")
        boolean overdue;
    }

    @Override
    public Arguments arguments() {
        return new Arguments();
    }

    @Override
    public String summary() {
        return "list routed conversations with the due time of the next reply, soonest first (JSON lines)";
    }

    @Override
    public int execute(CliContext context, Arguments arguments) throws Exception {
        boolean overdueOnly = arguments.overdue;
        String queue = arguments.queue.isEmpty() ? null : String.join(" ", arguments.queue).strip();
        Instant now = RoutingCommands.now();
        List<QueueEntry> entries = routing.queue(context.store(), queue, now);
        if (queue != null && entries.isEmpty()) {
            Set<String> known = new TreeSet<>();
            routing.current(context.store()).config().rules().stream().map(RoutingRule::target)
                    .forEach(t -> known.add(t.queue()));
            routing.queue(context.store(), null, now).forEach(e -> known.add(e.target().queue()));
            if (!known.contains(queue)) {
                throw new UsageException("no queue '" + queue + "'; queues: " + known);
            }
        }
        for (QueueEntry entry : entries) {
            if (!overdueOnly || entry.overdue()) {
                RoutingCommands.print(context, json(entry));
            }
        }
        return OK;
    }

    static ObjectNode json(QueueEntry entry) {
        ObjectNode node = RoutingCommands.JSON.createObjectNode();
        node.put("conversation", entry.conversationId());
        node.put("queue", entry.target().queue());
        node.put("queue_kind", entry.target().kind().name().toLowerCase(Locale.ROOT));
        node.put("priority", entry.target().priority().id());
        node.put("due_at", entry.dueAt() == null ? null : entry.dueAt().toString());
        node.put("overdue", entry.overdue());
        node.put("waiting_since", entry.waitingSince() == null ? null : entry.waitingSince().toString());
        node.put("policy", entry.policy());
        node.put("rule", entry.ruleId());
        node.put("rule_version", entry.configVersion());
        node.put("customer", entry.customer());
        node.put("channel", entry.channel());
        node.put("text", entry.snippet());
        return node;
    }
}

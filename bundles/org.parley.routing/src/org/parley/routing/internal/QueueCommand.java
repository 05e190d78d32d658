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
import java.util.ArrayList;
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

/**
 * {@code parley-cli queue [<queue-name>] [--overdue]}: the routed conversations of one queue (or
 * all), one JSON line each, the next reply due first.
 */
@Component(service = CliCommand.class, property = CliCommand.NAME + "=queue")
public final class QueueCommand implements CliCommand {

    private final RoutingService routing;

    @Activate
    public QueueCommand(@Reference RoutingService routing) {
        this.routing = routing;
    }

    @Override
    public String synopsis() {
        return "[<queue-name>] [--overdue]";
    }

    @Override
    public String summary() {
        return "list routed conversations with the due time of the next reply, soonest first (JSON lines)";
    }

    @Override
    public int run(CliContext context, List<String> arguments) throws Exception {
        List<String> args = new ArrayList<>(arguments);
        boolean overdueOnly = args.remove("--overdue");
        args.stream().filter(a -> a.startsWith("--")).findFirst().ifPresent(a -> {
            throw new UsageException("'queue' knows only --overdue, got " + a);
        });
        String queue = args.isEmpty() ? null : String.join(" ", args).strip();
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

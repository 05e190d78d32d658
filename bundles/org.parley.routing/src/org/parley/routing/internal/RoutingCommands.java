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
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.parley.cli.command.CliContext;
import org.parley.cli.command.UsageException;
import org.parley.routing.PreviewMatch;
import org.parley.routing.RouteReport;
import org.parley.routing.RoutingJson;
import org.parley.routing.RoutingVersion;

/** JSON rendering and the argument check shared by the routing commands. */
final class RoutingCommands {

    static final ObjectMapper JSON = new ObjectMapper();

    private RoutingCommands() {
    }

    static void print(CliContext context, ObjectNode node) throws Exception {
        context.out().println(JSON.writeValueAsString(node));
    }

    static ObjectNode version(RoutingVersion version, boolean withConfig) {
        ObjectNode node = JSON.createObjectNode();
        node.put("version", version.version());
        node.put("saved_at", version.savedAt().toString());
        node.put("note", version.note());
        node.put("rules", version.config().rules().size());
        node.put("policies", version.config().policies().size());
        if (withConfig) {
            ObjectNode config = RoutingJson.toJson(version.config());
            node.set("rules", config.get("rules"));
            node.set("sla", config.get("sla"));
        }
        return node;
    }

    static ObjectNode report(RouteReport report) {
        ObjectNode node = JSON.createObjectNode();
        node.put("config_version", report.configVersion());
        node.put("conversations", report.conversations());
        node.put("routed", report.routed());
        node.put("unmatched", report.unmatched());
        ObjectNode queues = node.putObject("queues");
        for (Map.Entry<String, Integer> queue : report.queues().entrySet()) {
            queues.put(queue.getKey(), queue.getValue());
        }
        if (report.canceled()) {
            node.put("canceled", true);
        }
        return node;
    }

    static ObjectNode match(PreviewMatch match) {
        ObjectNode node = JSON.createObjectNode();
        node.put("interaction", match.interactionId());
        node.put("conversation", match.conversationId());
        node.put("channel", match.channel());
        node.put("occurred_at", match.occurredAt().toString());
        node.put("preview", match.preview());
        node.put("explanation", match.check().explanation());
        return node;
    }

    /** The value of option {@code name}, which counts something and so must be at least 1. */
    static int atLeastOne(int value, String name) {
        if (value < 1) {
            throw new UsageException(name + " must be at least 1, got " + value);
        }
        return value;
    }

    static Instant now() {
        return Instant.now();
    }
}

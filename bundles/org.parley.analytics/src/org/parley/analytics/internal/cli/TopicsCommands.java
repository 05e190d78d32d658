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

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.parley.analytics.TopicJson;
import org.parley.analytics.TopicVersion;
import org.parley.cli.command.CliContext;

/**
 * JSON rendering shared by the topics commands, as for the routing commands.
 */
final class TopicsCommands {

    static final ObjectMapper JSON = new ObjectMapper();

    private TopicsCommands() {
    }

    static void print(CliContext context, ObjectNode node) throws Exception {
        context.out().println(JSON.writeValueAsString(node));
    }

    static ObjectNode version(TopicVersion version, boolean withTopics) {
        ObjectNode node = JSON.createObjectNode();
        node.put("version", version.version());
        node.put("saved_at", version.savedAt().toString());
        node.put("note", version.note());
        if (withTopics) {
            node.set("topics", TopicJson.toJson(version.topics()).get("topics"));
        } else {
            node.put("topics", version.topics().topics().size());
        }
        return node;
    }

}

/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.cli.internal;

import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.parley.cli.command.CliCommand;
import org.parley.cli.command.CliContext;
import org.parley.cli.command.NoArguments;
import org.parley.store.StoreInfo;

/** {@code parley-cli info}: the workspace, database, schema version and counts as JSON. */
final class InfoCommand implements CliCommand<NoArguments> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String summary() {
        return "print the workspace, database, schema version and counts as JSON";
    }

    @Override
    public NoArguments arguments() {
        return new NoArguments();
    }

    @Override
    public int execute(CliContext context, NoArguments none) throws Exception {
        context.out().println(JSON.writeValueAsString(describe(context.store().info())));
        return OK;
    }

    static ObjectNode describe(StoreInfo info) {
        ObjectNode node = JSON.createObjectNode();
        node.put("workspace", info.workspace().toString());
        node.put("database_url", info.databaseUrl());
        node.put("schema_version", info.schemaVersion());
        ObjectNode counts = node.putObject("counts");
        for (Map.Entry<String, Long> count : info.counts().entrySet()) {
            counts.put(count.getKey(), count.getValue());
        }
        return node;
    }
}

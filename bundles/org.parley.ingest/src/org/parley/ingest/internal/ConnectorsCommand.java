/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.ingest.internal;

import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parley.channels.Capability;
import org.parley.channels.ChannelConnector;
import org.parley.channels.SettingDescriptor;
import org.parley.cli.command.CliCommand;
import org.parley.cli.command.CliContext;
import org.parley.cli.command.NoArguments;
import org.parley.ingest.IngestService;

/** {@code parley-cli connectors}: one JSON line per installed connector. */
@Component(property = CliCommand.NAME + "=connectors")
public final class ConnectorsCommand implements CliCommand<NoArguments> {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final IngestService ingest;

    @Activate
    public ConnectorsCommand(@Reference IngestService ingest) {
        this.ingest = ingest;
    }

    @Override
    public NoArguments arguments() {
        return new NoArguments();
    }

    @Override
    public String summary() {
        return "list the installed channel connectors as JSON lines (id, name, capabilities, settings)";
    }

    @Override
    public int execute(CliContext context, NoArguments none) throws Exception {
        for (ChannelConnector connector : ingest.connectors()) {
            context.out().println(JSON.writeValueAsString(describe(connector)));
        }
        return OK;
    }

    static String ids(IngestService ingest) {
        String ids = ingest.connectors().stream().map(ChannelConnector::id).collect(Collectors.joining(", "));
        return ids.isEmpty() ? "none" : ids;
    }

    static ObjectNode describe(ChannelConnector connector) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", connector.id());
        node.put("name", connector.displayName());
        node.put("description", connector.description());
        ArrayNode channels = node.putArray("channels");
        connector.channels().stream().sorted().forEach(channels::add);
        ArrayNode capabilities = node.putArray("capabilities");
        connector.capabilities().stream().sorted().map(Capability::name).forEach(capabilities::add);
        connector.historyLimit().ifPresent(limit -> node.put("history_days", limit.toDays()));
        ArrayNode settings = node.putArray("settings");
        for (SettingDescriptor setting : connector.settings()) {
            ObjectNode s = settings.addObject();
            s.put("key", setting.key());
            s.put("label", setting.label());
            s.put("type", setting.type().name());
            s.put("required", setting.required());
            s.put("secret", setting.secret());
            if (setting.defaultValue() != null && !setting.secret()) {
                s.put("default", setting.defaultValue());
            }
            s.put("description", setting.description());
            if (!setting.choices().isEmpty()) {
                ArrayNode choices = s.putArray("choices");
                setting.choices().forEach(choices::add);
            }
        }
        return node;
    }
}

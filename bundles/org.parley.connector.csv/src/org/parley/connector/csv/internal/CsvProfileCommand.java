/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.connector.csv.internal;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.osgi.service.component.annotations.Component;
import org.parley.channels.ConnectorSettings;
import org.parley.cli.command.CliCommand;
import org.parley.cli.command.CliContext;
import org.parley.cli.command.UsageException;
import org.parley.connector.csv.CsvProfile;
import org.parley.connector.csv.CsvProfiles;

/**
 * {@code parley-cli csv profile list | show <name> | save <name> [key=value ...]}: the saved
 * column-mapping profiles of the workspace.
 */
@Component(property = CliCommand.NAME + "=csv profile")
public final class CsvProfileCommand implements CliCommand {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String synopsis() {
        return "list | show <name> | save <name> [columns=\"id=Call ID, text=Notes\"] [dateFormats=...] [zone=...] "
                + "[encoding=...] [delimiter=...] [channel=...] [countryCode=...]";
    }

    @Override
    public String summary() {
        return "list, show or save the CSV connector's column-mapping profiles of the workspace";
    }

    @Override
    public int run(CliContext context, List<String> args) throws Exception {
        CsvProfiles profiles = new CsvProfiles(context.workspace());
        if (args.isEmpty()) {
            throw new UsageException("'csv profile' needs list, show or save");
        }
        switch (args.get(0)) {
            case "list" -> {
                for (String name : profiles.names()) {
                    ObjectNode line = JSON.createObjectNode().put("name", name).put("file",
                            profiles.folder().resolve(name + ".json").toString());
                    context.out().println(JSON.writeValueAsString(line));
                }
            }
            case "show" -> context.out().println(JSON.writeValueAsString(profiles.load(name(args))));
            case "save" -> {
                Path file = profiles.save(profile(name(args), args.subList(2, args.size())));
                context.out().println(JSON.writeValueAsString(
                        JSON.createObjectNode().put("saved", name(args)).put("file", file.toString())));
            }
            default -> throw new UsageException("Unknown 'csv profile' action: " + args.get(0));
        }
        return OK;
    }

    private static String name(List<String> args) throws UsageException {
        if (args.size() < 2) {
            throw new UsageException("'csv profile " + args.get(0) + "' needs a profile name");
        }
        return args.get(1);
    }

    private static CsvProfile profile(String name, List<String> pairs) throws UsageException {
        Map<String, String> values = new HashMap<>();
        for (String pair : pairs) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new UsageException("Expected key=value, got '" + pair + "'");
            }
            values.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        values.remove(CsvConnector.PROFILE);
        ConnectorSettings settings = new ConnectorSettings(new CsvConnector().settings(), values);
        List<String> problems = settings.problems();
        if (!problems.isEmpty()) {
            throw new UsageException(String.join("; ", problems));
        }
        try {
            CsvProfile p = new CsvConnector().profile(settings);
            return new CsvProfile(name, p.columns(), p.dateFormats(), p.zone(), p.encoding(), p.delimiter(),
                    p.channel(), p.countryCode());
        } catch (java.io.IOException | IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }
}

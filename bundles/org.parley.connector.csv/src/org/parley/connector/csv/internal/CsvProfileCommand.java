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

import picocli.CommandLine.Parameters;

/**
 * {@code parley-cli csv profile list | show <name> | save <name> [key=value ...]}: the saved
 * column-mapping profiles of the workspace.
 */
@Component(property = CliCommand.NAME + "=csv profile")
public final class CsvProfileCommand implements CliCommand<CsvProfileCommand.Arguments> {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The action, the profile's name and, for save, its settings. */
    static final class Arguments {
        @Parameters(index = "0", paramLabel = "list|show|save", description = "list the profiles, show one, or"
                + " save one")
        String action;
        @Parameters(index = "1", arity = "0..1", paramLabel = "<name>", description = "the profile's name (show"
                + " and save)")
        String name;
        @Parameters(index = "2..*", paramLabel = "<key=value>", description = "for save: the CSV connector's"
                + " settings, such as \"columns=id=Call ID, text=Notes\", dateFormats, zone, encoding, delimiter,"
                + " channel, countryCode")
        List<String> settings = List.of();
    }

    @Override
    public Arguments arguments() {
        return new Arguments();
    }

    @Override
    public String summary() {
        return "list, show or save the CSV connector's column-mapping profiles of the workspace";
    }

    @Override
    public int execute(CliContext context, Arguments args) throws Exception {
        CsvProfiles profiles = new CsvProfiles(context.workspace());
        switch (args.action) {
            case "list" -> {
                for (String name : profiles.names()) {
                    ObjectNode line = JSON.createObjectNode().put("name", name).put("file",
                            profiles.folder().resolve(name + ".json").toString());
                    context.out().println(JSON.writeValueAsString(line));
                }
            }
            case "show" -> context.out().println(JSON.writeValueAsString(profiles.load(name(args))));
            case "save" -> {
                Path file = profiles.save(profile(name(args), args.settings));
                context.out().println(JSON.writeValueAsString(
                        JSON.createObjectNode().put("saved", name(args)).put("file", file.toString())));
            }
            default -> throw new UsageException("Unknown 'csv profile' action: " + args.action);
        }
        return OK;
    }

    private static String name(Arguments args) throws UsageException {
        if (args.name == null) {
            throw new UsageException("'csv profile " + args.action + "' needs a profile name");
        }
        return args.name;
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

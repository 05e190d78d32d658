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

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parley.cli.command.CliCommand;
import org.parley.cli.command.CliContext;
import org.parley.cli.command.UsageException;
import org.parley.routing.RoutingConfig;
import org.parley.routing.RoutingJson;
import org.parley.routing.RoutingService;
import org.parley.routing.RoutingVersion;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code parley-cli routing save <file.json>}: imports rules and policies as a new version. */
@Component(service = CliCommand.class, property = CliCommand.NAME + "=routing save")
public final class RoutingSaveCommand implements CliCommand<RoutingSaveCommand.Arguments> {

    private final RoutingService routing;

    @Activate
    public RoutingSaveCommand(@Reference RoutingService routing) {
        this.routing = routing;
    }

    /** The rules file and the new version's note. */
    static final class Arguments {
        @Parameters(index = "0", paramLabel = "<file.json>", description = "routing rules and SLA policies, as"
                + " 'routing show' prints them")
        Path file;
        @Option(names = "--note", paramLabel = "<text>", description = "what the new version changes (default:"
                + " 'imported from <file>')")
        String note;
    }

    @Override
    public Arguments arguments() {
        return new Arguments();
    }

    @Override
    public String summary() {
        return "save routing rules and SLA policies from a JSON file as a new version";
    }

    @Override
    public int execute(CliContext context, Arguments arguments) throws Exception {
        String note = arguments.note;
        Path file = arguments.file;
        if (!Files.isRegularFile(file)) {
            throw new UsageException("no such file: " + file);
        }
        RoutingConfig config;
        try {
            config = RoutingJson.read(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new UsageException(file + ": " + e.getMessage());
        }
        RoutingVersion saved = routing.save(context.store(), config,
                note == null ? "imported from " + file.getFileName() : note);
        RoutingCommands.print(context, RoutingCommands.version(saved, false));
        return OK;
    }
}

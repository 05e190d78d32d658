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
import java.util.ArrayList;
import java.util.List;

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

/** {@code parley-cli routing save <file.json>}: imports rules and policies as a new version. */
@Component(service = CliCommand.class, property = CliCommand.NAME + "=routing save")
public final class RoutingSaveCommand implements CliCommand {

    private final RoutingService routing;

    @Activate
    public RoutingSaveCommand(@Reference RoutingService routing) {
        this.routing = routing;
    }

    @Override
    public String synopsis() {
        return "<file.json> [--note <text>]";
    }

    @Override
    public String summary() {
        return "save routing rules and SLA policies from a JSON file as a new version";
    }

    @Override
    public int run(CliContext context, List<String> arguments) throws Exception {
        List<String> args = new ArrayList<>(arguments);
        String note = RoutingCommands.option(args, "--note");
        if (args.size() != 1) {
            throw new UsageException("'routing save' needs one JSON file, got " + args);
        }
        Path file = Path.of(args.get(0));
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

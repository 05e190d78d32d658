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

import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parley.cli.command.CliCommand;
import org.parley.cli.command.CliContext;
import org.parley.cli.command.UsageException;
import org.parley.routing.RoutingService;
import org.parley.routing.RoutingVersion;

/** {@code parley-cli routing show [--version N]}: the rules and SLA policies as one JSON line. */
@Component(service = CliCommand.class, property = CliCommand.NAME + "=routing show")
public final class RoutingShowCommand implements CliCommand {

    private final RoutingService routing;

    @Activate
    public RoutingShowCommand(@Reference RoutingService routing) {
        this.routing = routing;
    }

    @Override
    public String synopsis() {
        return "[--version N]";
    }

    @Override
    public String summary() {
        return "print the current (or a saved) version of the routing rules and SLA policies as JSON";
    }

    @Override
    public int run(CliContext context, List<String> arguments) throws Exception {
        List<String> args = new ArrayList<>(arguments);
        String wanted = RoutingCommands.option(args, "--version");
        if (!args.isEmpty()) {
            throw new UsageException("unexpected arguments " + args);
        }
        RoutingVersion current = routing.current(context.store());
        RoutingVersion shown = wanted == null
                ? current
                : routing.version(context.store(), RoutingCommands.number(wanted, "--version", 1))
                        .orElseThrow(() -> new UsageException("there is no routing version " + wanted
                                + " (the newest is " + current.version() + ")"));
        RoutingCommands.print(context, RoutingCommands.version(shown, true));
        return OK;
    }
}

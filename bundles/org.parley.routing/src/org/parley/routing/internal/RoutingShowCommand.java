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

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parley.cli.command.CliCommand;
import org.parley.cli.command.CliContext;
import org.parley.cli.command.UsageException;
import org.parley.routing.RoutingService;
import org.parley.routing.RoutingVersion;

import picocli.CommandLine.Option;

/** {@code parley-cli routing show [--version N]}: the rules and SLA policies as one JSON line. */
@Component(service = CliCommand.class, property = CliCommand.NAME + "=routing show")
public final class RoutingShowCommand implements CliCommand<RoutingShowCommand.Arguments> {

    private final RoutingService routing;

    @Activate
    public RoutingShowCommand(@Reference RoutingService routing) {
        this.routing = routing;
    }

    /** The saved version to show; the current one without it. */
    static final class Arguments {
        @Option(names = "--version", paramLabel = "<n>", description = "a saved version, as 'routing versions'"
                + " lists them (default: the current one)")
        Integer version;
    }

    @Override
    public Arguments arguments() {
        return new Arguments();
    }

    @Override
    public String summary() {
        return "print the current (or a saved) version of the routing rules and SLA policies as JSON";
    }

    @Override
    public int execute(CliContext context, Arguments arguments) throws Exception {
        Integer wanted = arguments.version;
        RoutingVersion current = routing.current(context.store());
        RoutingVersion shown = wanted == null
                ? current
                : routing.version(context.store(), RoutingCommands.atLeastOne(wanted, "--version"))
                        .orElseThrow(() -> new UsageException("there is no routing version " + wanted
                                + " (the newest is " + current.version() + ")"));
        RoutingCommands.print(context, RoutingCommands.version(shown, true));
        return OK;
    }
}

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
import org.parley.cli.command.NoArguments;
import org.parley.routing.RoutingService;
import org.parley.routing.RoutingVersion;

/** {@code parley-cli routing versions}: one JSON line per saved version, newest first. */
@Component(service = CliCommand.class, property = CliCommand.NAME + "=routing versions")
public final class RoutingVersionsCommand implements CliCommand<NoArguments> {

    private final RoutingService routing;

    @Activate
    public RoutingVersionsCommand(@Reference RoutingService routing) {
        this.routing = routing;
    }

    @Override
    public NoArguments arguments() {
        return new NoArguments();
    }

    @Override
    public String summary() {
        return "list the saved versions of the routing rules, newest first";
    }

    @Override
    public int execute(CliContext context, NoArguments none) throws Exception {
        routing.current(context.store());
        for (RoutingVersion version : routing.versions(context.store())) {
            RoutingCommands.print(context, RoutingCommands.version(version, false));
        }
        return OK;
    }
}

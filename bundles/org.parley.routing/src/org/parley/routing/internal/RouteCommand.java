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
import org.parley.routing.RouteReport;
import org.parley.routing.RoutingService;

/** {@code parley-cli route}: routes every unrouted conversation with the current rules. */
@Component(service = CliCommand.class, property = CliCommand.NAME + "=route")
public final class RouteCommand implements CliCommand<NoArguments> {

    private final RoutingService routing;

    @Activate
    public RouteCommand(@Reference RoutingService routing) {
        this.routing = routing;
    }

    @Override
    public NoArguments arguments() {
        return new NoArguments();
    }

    @Override
    public String summary() {
        return "route unrouted conversations with the current rules; print counts per queue as JSON";
    }

    @Override
    public int execute(CliContext context, NoArguments none) throws Exception {
        RouteReport report = routing.route(context.store(), RoutingCommands.now(), () -> false);
        RoutingCommands.print(context, RoutingCommands.report(report));
        return OK;
    }
}

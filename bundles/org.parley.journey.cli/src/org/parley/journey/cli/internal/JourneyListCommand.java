/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.journey.cli.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parley.cli.command.CliCommand;
import org.parley.cli.command.CliContext;
import org.parley.cli.command.NoArguments;
import org.parley.model.journey.JourneyInfo;
import org.parley.journey.JourneyService;

/** {@code journey list}: one JSON object per journey. */
@Component(service = CliCommand.class, property = CliCommand.NAME + "=journey list")
public final class JourneyListCommand implements CliCommand<NoArguments> {

    private final JourneyService journeys;

    @Activate
    public JourneyListCommand(@Reference JourneyService journeys) {
        this.journeys = journeys;
    }

    @Override
    public NoArguments arguments() {
        return new NoArguments();
    }

    @Override
    public String summary() {
        return "list the workspace's journeys, one JSON object per line";
    }

    @Override
    public int execute(CliContext context, NoArguments none) {
        for (JourneyInfo info : journeys.list(context.store())) {
            context.out().println(Json.info(info).toString());
        }
        return OK;
    }
}

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

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parley.cli.command.CliCommand;
import org.parley.cli.command.CliContext;
import org.parley.journey.Finding;
import org.parley.journey.JourneyChecks;
import org.parley.model.journey.JourneyMap;
import org.parley.journey.JourneyService;

import picocli.CommandLine.Parameters;

/**
 * {@code journey check <id>}: one JSON object per finding; nothing when the journey is complete.
 */
@Component(service = CliCommand.class, property = CliCommand.NAME + "=journey check")
public final class JourneyCheckCommand implements CliCommand<JourneyCheckCommand.Arguments> {

    private final JourneyService journeys;
    private final JourneyChecks checks;

    @Activate
    public JourneyCheckCommand(@Reference JourneyService journeys, @Reference JourneyChecks checks) {
        this.journeys = journeys;
        this.checks = checks;
    }

    /** The journey to check. */
    static final class Arguments {
        @Parameters(index = "0", paramLabel = "<id>", description = JourneyIds.DESCRIPTION)
        String id;
    }

    @Override
    public Arguments arguments() {
        return new Arguments();
    }

    @Override
    public String summary() {
        return "check a journey for steps without touchpoint or owner, unaddressed pain points and channels"
                + " without connector; one JSON object per finding";
    }

    @Override
    public int execute(CliContext context, Arguments arguments) {
        JourneyMap map = JourneyIds.journey(journeys, context.store(), arguments.id);
        List<Finding> findings = checks.check(map);
        for (Finding finding : findings) {
            context.out().println(Json.finding(map, finding).toString());
        }
        context.err().println(findings.size() + " findings in journey '" + map.name() + "'");
        return OK;
    }
}

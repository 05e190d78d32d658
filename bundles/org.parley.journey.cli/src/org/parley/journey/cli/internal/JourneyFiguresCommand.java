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

import java.time.Instant;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parley.cli.command.CliCommand;
import org.parley.cli.command.CliContext;
import org.parley.model.journey.Card;
import org.parley.model.journey.JourneyMap;
import org.parley.journey.JourneyService;
import org.parley.model.journey.JourneyStep;
import org.parley.model.journey.LaneKind;
import org.parley.journey.Period;
import org.parley.journey.TouchpointFigure;
import org.parley.journey.TouchpointFigures;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code journey figures <id> [--days n]}: the live figures of each touchpoint, one JSON object per
 * line.
 */
@Component(service = CliCommand.class, property = CliCommand.NAME + "=journey figures")
public final class JourneyFiguresCommand implements CliCommand<JourneyFiguresCommand.Arguments> {

    private final JourneyService journeys;
    private final TouchpointFigures figures;

    @Activate
    public JourneyFiguresCommand(@Reference JourneyService journeys, @Reference TouchpointFigures figures) {
        this.journeys = journeys;
        this.figures = figures;
    }

    /** The journey and the period of its figures. */
    static final class Arguments {
        @Parameters(index = "0", paramLabel = "<id>", description = JourneyIds.DESCRIPTION)
        String id;
        @Option(names = "--days", paramLabel = "<n>", description = "the figures' period in days up to now"
                + " (default ${DEFAULT-VALUE})")
        int days = 30;
    }

    @Override
    public Arguments arguments() {
        return new Arguments();
    }

    @Override
    public String summary() {
        return "volume, average sentiment and median first response of each touchpoint over the last --days"
                + " (30), one JSON object per line";
    }

    @Override
    public int execute(CliContext context, Arguments arguments) {
        JourneyMap map = JourneyIds.journey(journeys, context.store(), arguments.id);
        int days = arguments.days;
        Map<String, TouchpointFigure> live = figures.figures(context.store(), map, Period.lastDays(days,
                Instant.now()));
        for (JourneyStep step : map.steps()) {
            for (Card touchpoint : step.cards(LaneKind.TOUCHPOINTS)) {
                context.out().println(Json.figure(touchpoint.text(), step.name(), live.get(touchpoint.id()))
                        .put("channels", String.join(",", touchpoint.channels()))
                        .put("tags", String.join(",", touchpoint.tags())).toString());
            }
        }
        return OK;
    }
}

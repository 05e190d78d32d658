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

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parley.cli.command.CliCommand;
import org.parley.cli.command.CliContext;
import org.parley.cli.command.UsageException;
import org.parley.model.journey.Card;
import org.parley.journey.ImportMode;
import org.parley.model.journey.JourneyBuilder;
import org.parley.journey.JourneyChecks;
import org.parley.model.journey.JourneyInfo;
import org.parley.journey.JourneyEdits;
import org.parley.journey.JourneyJson;
import org.parley.model.journey.JourneyMap;
import org.parley.journey.JourneyService;
import org.parley.model.journey.OpportunityStatus;
import org.parley.journey.Period;
import org.parley.model.journey.Priority;
import org.parley.journey.TouchpointFigures;
import org.parley.model.InteractionType;
import org.parley.model.OwningFunction;

import picocli.CommandLine.Option;

/**
 * {@code bench journey-store}: times saving, loading, checking and exporting a journey of
 * {@code --steps} steps (300) over 12 lanes, and the live figures of the workspace's journeys.
 * Prints one JSON object. The benchmark journey is deleted afterwards.
 */
@Component(service = CliCommand.class, property = CliCommand.NAME + "=bench journey-store")
public final class JourneyStoreBenchCommand implements CliCommand<JourneyStoreBenchCommand.Arguments> {

    private final JourneyService journeys;
    private final JourneyChecks checks;
    private final TouchpointFigures figures;

    @Activate
    public JourneyStoreBenchCommand(@Reference JourneyService journeys, @Reference JourneyChecks checks,
            @Reference TouchpointFigures figures) {
        this.journeys = journeys;
        this.checks = checks;
        this.figures = figures;
    }

    /** The benchmark journey's size. */
    static final class Arguments {
        @Option(names = "--steps", paramLabel = "<n>", description = "steps of the benchmark journey, 1 or more"
                + " (default ${DEFAULT-VALUE})")
        int steps = 300;
    }

    @Override
    public Arguments arguments() {
        return new Arguments();
    }

    @Override
    public String summary() {
        return "time saving, loading, checking and exporting a large journey, and the figures of the"
                + " workspace's journeys";
    }

    @Override
    public int execute(CliContext context, Arguments arguments) throws Exception {
        int size = arguments.steps;
        if (size < 1) {
            throw new UsageException("--steps needs a number from 1 up, got " + size);
        }
        List<JourneyInfo> existing = journeys.list(context.store());
        JourneyMap big = large(size);
        ObjectNode result = Json.MAPPER.createObjectNode();
        result.put("steps", big.steps().size());
        result.put("lanes", big.lanes().size());
        result.put("cards", big.steps().stream().mapToInt(s -> s.cells().values().stream().mapToInt(List::size)
                .sum()).sum());
        long start = System.nanoTime();
        JourneyMap saved = journeys.save(context.store(), big);
        result.put("save_new_ms", millis(start));
        start = System.nanoTime();
        JourneyMap loaded = journeys.load(context.store(), saved.databaseId()).orElseThrow();
        result.put("load_ms", millis(start));
        start = System.nanoTime();
        loaded = journeys.save(context.store(), loaded);
        result.put("save_replace_ms", millis(start));
        JourneyMap edited = JourneyEdits.renameStep(loaded, loaded.steps().get(size / 2).id(), "Edited step");
        start = System.nanoTime();
        loaded = journeys.save(context.store(), edited);
        result.put("save_edit_ms", millis(start));
        start = System.nanoTime();
        result.put("findings", checks.check(loaded).size());
        result.put("check_ms", millis(start));
        start = System.nanoTime();
        String json = JourneyJson.toJson(loaded);
        result.put("export_json_ms", millis(start));
        result.put("json_bytes", json.getBytes(StandardCharsets.UTF_8).length);
        start = System.nanoTime();
        journeys.importJson(context.store(), new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                ImportMode.REPLACE_OR_ADD);
        result.put("import_json_ms", millis(start));
        journeys.delete(context.store(), saved.databaseId());
        figures(context, existing, result);
        context.out().println(result.toString());
        return OK;
    }

    /** The figures of the workspace's own journeys over 30 days (the demo's, say). */
    private void figures(CliContext context, List<JourneyInfo> existing, ObjectNode result) {
        int touchpoints = 0;
        long start = System.nanoTime();
        Period month = Period.lastDays(30, Instant.now());
        for (JourneyInfo info : existing) {
            JourneyMap map = journeys.load(context.store(), info.databaseId()).orElseThrow();
            touchpoints += figures.figures(context.store(), map, month).size();
        }
        result.put("figures_journeys", existing.size());
        result.put("figures_touchpoints", touchpoints);
        result.put("figures_ms", millis(start));
        result.put("interactions", context.store().info().counts().getOrDefault("interactions", 0L));
    }

    static JourneyMap large(int steps) {
        JourneyBuilder b = new JourneyBuilder("Benchmark journey, " + steps + " steps");
        String kpi = b.customLane("Measures");
        String notes = b.customLane("Notes");
        for (int i = 0; i < steps; i++) {
            if (i % 10 == 0) {
                b.stage("Stage " + (i / 10 + 1));
            }
            b.step("Step " + (i + 1), i % 5 - 2, OwningFunction.values()[i % 3], InteractionType.values()[i % 4])
                    .action("Customer does thing " + i)
                    .touchpoint("Touchpoint " + i, InteractionType.values()[i % 4], List.of("x", "email"),
                            List.of("outage"))
                    .thought("Thinks " + i).backstage("Process " + i).system("System " + i)
                    .card(kpi, Card.text("Measure " + i)).card(notes, Card.text("Note " + i));
            String pain = b.pain("Pain " + i);
            b.opportunity("Fix " + i, "Team " + i % 7, OpportunityStatus.IDEA, Priority.MEDIUM, pain);
        }
        return b.build();
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}

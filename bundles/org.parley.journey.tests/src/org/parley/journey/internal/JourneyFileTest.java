/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.journey.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.journey.Card;
import org.parley.journey.ImportMode;
import org.parley.journey.JourneyEdits;
import org.parley.journey.JourneyFormatException;
import org.parley.journey.JourneyJson;
import org.parley.model.journey.JourneyLane;
import org.parley.model.journey.JourneyMap;
import org.parley.journey.JourneyMarkdown;
import org.parley.journey.JourneyService;
import org.parley.model.journey.LaneKind;
import org.parley.store.Store;

/** The journey file goes into git: lossless, stable, byte-identical after a round trip. */
class JourneyFileTest {

    @TempDir
    Path workspace;

    @TempDir
    Path other;

    private final JourneyService journeys = Services.get(JourneyService.class);

    @Test
    void exportImportIntoAnotherWorkspaceAndExportAgainGivesTheSameBytes() throws Exception {
        JourneyMap map = journeys.fromTemplate("social-complaint");
        JourneyLane own = JourneyLane.custom("Compliance, \"quoted\" \u2014 \u00fcnicode");
        map = JourneyEdits.addLane(map, 3, own);
        map = JourneyEdits.addCard(map, map.steps().get(2).id(), own.id(), 0,
                Card.text("Line one\nline two\ttabbed").withDetails("Details"));
        String first;
        try (Store store = Services.open(workspace)) {
            first = JourneyJson.toJson(journeys.save(store, map));
        }
        String second;
        try (Store store = Services.open(other)) {
            JourneyMap imported = journeys.importJson(store, bytes(first), ImportMode.REPLACE_OR_ADD);
            second = JourneyJson.toJson(journeys.load(store, imported.databaseId()).orElseThrow());
        }
        assertEquals(first, second);
        assertTrue(first.endsWith("}\n"));
        assertTrue(first.indexOf("\"format\"") < first.indexOf("\"id\""), "keys are sorted");
        assertEquals(map, JourneyJson.fromJson(first), "the file holds everything");
    }

    @Test
    void importingAnEditedFileReplacesTheJourneyWithItsId() throws Exception {
        try (Store store = Services.open(workspace)) {
            JourneyMap saved = journeys.save(store, journeys.fromTemplate("reviews-purchase"));
            String edited = JourneyJson.toJson(JourneyEdits.renameStep(saved, saved.steps().get(0).id(),
                    "Reads reviews on two sites"));
            JourneyMap replaced = journeys.importJson(store, bytes(edited), ImportMode.REPLACE_OR_ADD);
            assertEquals(saved.databaseId(), replaced.databaseId());
            assertEquals("Reads reviews on two sites", replaced.steps().get(0).name());
            assertEquals(1, journeys.list(store).size());

            JourneyMap copy = journeys.importJson(store, bytes(edited), ImportMode.ADD_AS_COPY);
            assertEquals(2, journeys.list(store).size());
            assertEquals(replaced.steps().size(), copy.steps().size());
            assertTrue(!copy.id().equals(replaced.id()));
        }
    }

    @Test
    void badFilesAreRefusedWithWhereAndWhat() {
        assertProblem("{ not json", "Not JSON");
        assertProblem("[]", "one JSON object");
        assertProblem("{\"format\":\"something-else\"}", "Not a journey file");
        String good = JourneyJson.toJson(journeys.fromTemplate("social-complaint"));
        assertProblem(good.replaceFirst("\"emotion\" : -?\\d", "\"emotion\" : 7"), "stages[0].steps[0].emotion");
        assertProblem(good.replaceFirst("\"owner\" : \"SERVICE\"", "\"owner\" : \"LEGAL\""),
                "stages[0].steps[0].owner: 'LEGAL' is not one of");
        assertProblem(good.replaceFirst("\"touchpoints\" : \\[", "\"nowhere\" : ["), "no lane with this id");
        JourneyMap map = journeys.fromTemplate("social-complaint");
        String duplicated = JourneyJson.toJson(map).replace(map.steps().get(1).id(), map.steps().get(0).id());
        assertProblem(duplicated, "used twice");
    }

    @Test
    void aBadFileLeavesTheWorkspaceAsItWas() throws Exception {
        try (Store store = Services.open(workspace)) {
            JourneyMap saved = journeys.save(store, journeys.fromTemplate("reviews-purchase"));
            String broken = JourneyJson.toJson(saved).replaceFirst("\"kind\" : \"THOUGHTS\"", "\"kind\" : \"DREAMS\"");
            JourneyFormatException error = assertThrows(JourneyFormatException.class,
                    () -> journeys.importJson(store, bytes(broken), ImportMode.REPLACE_OR_ADD));
            assertTrue(error.getMessage().contains("DREAMS"), error.getMessage());
            assertEquals(saved, journeys.load(store, saved.databaseId()).orElseThrow());
        }
    }

    @Test
    void theMarkdownSummaryNamesEveryStageStepAndOpportunity() {
        JourneyMap map = journeys.fromTemplate("social-complaint");
        String md = JourneyMarkdown.toMarkdown(map, Map.of());
        assertTrue(md.startsWith("# Social customer-service complaint\n"), md);
        map.stages().forEach(s -> assertTrue(md.contains("## Stage: " + s.name()), s.name()));
        map.steps().forEach(s -> assertTrue(md.contains("### " + s.name()), s.name()));
        for (var step : map.steps()) {
            for (Card opportunity : step.cards(LaneKind.OPPORTUNITIES)) {
                assertTrue(md.contains(opportunity.text()), opportunity.text());
            }
        }
        assertTrue(md.contains("-2 (very unhappy)"), md);
        assertTrue(md.contains("owner Social care lead, planned, high priority"), md);
        assertEquals(List.of(), md.lines().filter(l -> l.contains("null")).toList());
    }

    private void assertProblem(String json, String expected) {
        JourneyFormatException error = assertThrows(JourneyFormatException.class, () -> JourneyJson.fromJson(json));
        assertTrue(error.getMessage().contains(expected), "'" + error.getMessage() + "' should say " + expected);
    }

    private static ByteArrayInputStream bytes(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }
}

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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.journey.Card;
import org.parley.journey.JourneyEdits;
import org.parley.model.journey.JourneyInfo;
import org.parley.model.journey.JourneyLane;
import org.parley.model.journey.JourneyMap;
import org.parley.journey.JourneyService;
import org.parley.model.journey.JourneyStage;
import org.parley.model.journey.JourneyStep;
import org.parley.model.journey.LaneKind;
import org.parley.model.journey.PersonaProfile;
import org.parley.model.InteractionType;
import org.parley.model.OwningFunction;
import org.parley.store.StaleEditException;
import org.parley.store.Store;

/** A planner's journey is stored whole, keeps its ids, and survives closing the workspace. */
class JourneyStoreTest {

    @TempDir
    Path workspace;

    private final JourneyService journeys = Services.get(JourneyService.class);

    @Test
    void aJourneyFromTheComplaintTemplateComesBackWholeAfterARestart() {
        JourneyMap template = journeys.fromTemplate("social-complaint");
        JourneyMap saved;
        try (Store store = Services.open(workspace)) {
            saved = journeys.save(store, template);
        }
        try (Store store = Services.open(workspace)) {
            JourneyMap loaded = journeys.load(store, saved.databaseId()).orElseThrow();
            assertEquals(template.withDatabaseId(saved.databaseId()), loaded);
            assertEquals("Vocal customer", loaded.personas().get(0).name());
            assertTrue(loaded.touchpoints().size() >= 6, "touchpoints " + loaded.touchpoints());
            JourneyInfo info = journeys.list(store).get(0);
            assertEquals(template.id(), info.id());
            assertEquals(template.stages().size(), info.stages());
            assertEquals(template.steps().size(), info.steps());
            assertEquals("Vocal customer", info.persona());
            assertEquals(loaded, journeys.find(store, template.id()).orElseThrow());
        }
    }

    @Test
    void editsMovesAndOwnLanesAreSavedUnderTheSameIds() {
        try (Store store = Services.open(workspace)) {
            JourneyMap map = journeys.save(store, journeys.fromTemplate("reviews-purchase"));
            JourneyStep first = map.steps().get(0);
            JourneyStage last = map.stages().get(map.stages().size() - 1);
            JourneyMap edited = JourneyEdits.renameStep(map, first.id(), "Reads reviews on Trustpilot");
            edited = JourneyEdits.moveStep(edited, first.id(), last.id(), 0);
            edited = JourneyEdits.updateStep(edited, first.id(),
                    s -> s.withEmotion(-2).withOwner(OwningFunction.SALES));
            JourneyLane legal = JourneyLane.custom("Legal notes");
            edited = JourneyEdits.addLane(edited, 2, legal);
            Card note = Card.text("Reviews must not be incentivised");
            edited = JourneyEdits.addCard(edited, first.id(), legal.id(), 0, note);
            edited = JourneyEdits.removeLane(edited, LaneKind.BACKSTAGE.defaultLaneId());
            JourneyStage added = JourneyStage.named("Loyalty");
            edited = JourneyEdits.addStage(edited, 99, added);
            edited = JourneyEdits.addStep(edited, added.id(), 0, JourneyStep.named("Renews the contract"));

            JourneyMap saved = journeys.save(store, edited);

            assertEquals(edited, saved);
            JourneyMap reloaded = journeys.load(store, map.databaseId()).orElseThrow();
            assertEquals(edited, reloaded);
            assertEquals(map.databaseId(), reloaded.databaseId(), "saving keeps the journey's row");
            JourneyStep moved = reloaded.stages().get(reloaded.stages().size() - 2).steps().get(0);
            assertEquals(first.id(), moved.id());
            assertEquals("Reads reviews on Trustpilot", moved.name());
            assertEquals(-2, moved.emotion());
            assertEquals(List.of(note), moved.cards(legal.id()));
            assertEquals("Legal notes", reloaded.lanes().get(2).title());
            assertTrue(reloaded.lane(LaneKind.BACKSTAGE).isEmpty());
            assertEquals(1, journeys.list(store).size());
        }
    }

    @Test
    void aCopyHasFreshIdsAndDeletingTheOriginalLeavesTheCopy() {
        try (Store store = Services.open(workspace)) {
            JourneyMap original = journeys.save(store, journeys.fromTemplate("social-complaint"));
            JourneyMap copy = journeys.copy(store, original.databaseId(), "Complaint, to-be");
            assertEquals("Complaint, to-be", copy.name());
            assertEquals(original.steps().size(), copy.steps().size());
            Set<String> originalIds = allIds(original);
            for (String id : allIds(copy)) {
                assertFalse(originalIds.contains(id), "copy reuses id " + id);
            }
            assertEquals(original.personas(), copy.personas(), "personas are shared");

            assertTrue(journeys.delete(store, original.databaseId()));
            assertFalse(journeys.delete(store, original.databaseId()));
            assertEquals(List.of(copy.id()), journeys.list(store).stream().map(JourneyInfo::id).toList());
            assertEquals(copy, journeys.load(store, copy.databaseId()).orElseThrow());
            assertTrue(journeys.load(store, original.databaseId()).isEmpty());
        }
    }

    @Test
    void aStepIdOfAnotherJourneyIsRefusedAndNothingIsWritten() {
        try (Store store = Services.open(workspace)) {
            JourneyMap first = journeys.save(store, journeys.fromTemplate("social-complaint"));
            JourneyMap second = journeys.save(store, journeys.fromTemplate("reviews-purchase"));
            String stolen = first.steps().get(0).id();
            JourneyStage stage = second.stages().get(0);
            JourneyMap broken = JourneyEdits.addStep(JourneyEdits.renameStep(second, second.steps().get(0).id(),
                    "renamed"), stage.id(), 0, new JourneyStep(stolen, "Stolen", 0, null, null, null));

            IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                    () -> journeys.save(store, broken));

            assertTrue(error.getMessage().contains(stolen), error.getMessage());
            assertTrue(error.getMessage().contains("another journey"), error.getMessage());
            assertEquals(second, journeys.load(store, second.databaseId()).orElseThrow(), "second is unchanged");
            assertEquals(first, journeys.load(store, first.databaseId()).orElseThrow(), "first is unchanged");
        }
    }

    @Test
    void aJourneyStoredByEarlierVersionsOpensWithDefaultLanesAndItsActionsAsCards() {
        long id = 900;
        String stepId = "step-seek-tweet";
        try (Store store = Services.open(workspace)) {
            // the rows a journey had before schema 6: no stable id of its own, no lanes, no cards
            store.jdbc(connection -> {
                try (Statement sql = connection.createStatement()) {
                    sql.executeUpdate("INSERT INTO PERSONA (ID, OPT_LOCK, NAME) VALUES (901, 1, 'Connected Carla')");
                    sql.executeUpdate("INSERT INTO JOURNEY (ID, OPT_LOCK, NAME, PLAN_STATE, PLAN_VERSION, PERSONA_ID)"
                            + " VALUES (900, 1, 'Broadband outage complaint', 'AS_IS', 1, 901)");
                    sql.executeUpdate(
                            "INSERT INTO JOURNEY_STAGE (ID, OPT_LOCK, STABLE_ID, NAME, SORT_ORDER, JOURNEY_ID)"
                                    + " VALUES (902, 1, 'stage-seek', 'Seek help', 0, 900)");
                    sql.executeUpdate("INSERT INTO JOURNEY_STEP (ID, OPT_LOCK, STABLE_ID, NAME, SORT_ORDER, STAGE_ID,"
                            + " CUSTOMER_ACTION, OWNER_FUNCTION, EMOTION) VALUES (903, 1, '" + stepId + "',"
                            + " 'Complains on X', 0, 902, 'Tweets at the brand', 'SERVICE', -2)");
                    sql.executeUpdate("INSERT INTO TOUCHPOINT (ID, OPT_LOCK, STABLE_ID, NAME, SORT_ORDER, STEP_ID,"
                            + " CHANNELS, INTERACTION_TYPE) VALUES (904, 1, 'tp-public', 'Public complaint', 0, 903,"
                            + " 'x', 'C2C_OFF_SITE')");
                }
                return null;
            });
        }
        try (Store store = Services.open(workspace)) {
            JourneyMap map = journeys.load(store, id).orElseThrow();
            assertEquals(JourneyMap.defaultLanes(), map.lanes());
            assertEquals("journey-" + id, map.id());
            JourneyStep step = map.steps().get(0);
            assertEquals(stepId, step.id());
            assertEquals(OwningFunction.SERVICE, step.owner());
            assertEquals(List.of("Tweets at the brand"), step.cards(LaneKind.CUSTOMER_ACTIONS).stream()
                    .map(Card::text).toList());
            assertEquals(List.of("x"), step.cards(LaneKind.TOUCHPOINTS).get(0).channels());
            assertEquals(InteractionType.C2C_OFF_SITE, step.cards(LaneKind.TOUCHPOINTS).get(0).interactionType());
            assertEquals("Connected Carla", map.personas().get(0).name());

            JourneyMap upgraded = journeys.save(store, map);
            assertEquals(map, upgraded);
            assertEquals(map, journeys.load(store, id).orElseThrow());
            String actionCard = step.cards(LaneKind.CUSTOMER_ACTIONS).get(0).id();
            JourneyMap withoutAction = journeys.save(store, JourneyEdits.removeCard(upgraded, actionCard));
            assertTrue(withoutAction.steps().get(0).cards(LaneKind.CUSTOMER_ACTIONS).isEmpty(),
                    "a deleted customer action stays deleted: the old column no longer brings it back");
            assertTrue(journeys.load(store, id).orElseThrow().steps().get(0).cards(LaneKind.CUSTOMER_ACTIONS)
                    .isEmpty());
        }
    }

    @Test
    void aSaveOverANewerSaveFromAnotherStoreIsRefusedAndLosesNothing() {
        try (Store first = Services.open(workspace)) {
            JourneyMap saved = journeys.save(first, journeys.fromTemplate("social-complaint"));
            try (Store second = Services.open(workspace)) {
                JourneyMap mine = journeys.load(first, saved.databaseId()).orElseThrow();
                JourneyMap theirs = journeys.load(second, saved.databaseId()).orElseThrow();
                String stepId = mine.steps().get(0).id();
                JourneyMap theirSave = journeys.save(second, JourneyEdits.renameStep(theirs, stepId, "Theirs"));
                assertTrue(theirSave.revision() > mine.revision(), "a save raises the revision");

                StaleEditException refused = assertThrows(StaleEditException.class,
                        () -> journeys.save(first, JourneyEdits.renameStep(mine, stepId, "Mine")));

                assertTrue(refused.getMessage().contains("saved elsewhere"), refused.getMessage());
                assertEquals(mine.revision(), refused.yours());
                assertEquals(theirSave.revision(), refused.stored());
                JourneyMap stored = journeys.load(first, saved.databaseId()).orElseThrow();
                assertEquals("Theirs", stored.steps().get(0).name(), "the newer save is kept");
                JourneyMap redone = journeys.save(first, JourneyEdits.renameStep(stored, stepId, "Mine, after all"));
                assertEquals("Mine, after all", redone.steps().get(0).name(), "a reloaded copy saves");
                assertEquals("Mine, after all",
                        journeys.save(first, redone).steps().get(0).name(),
                        "saving the saved map again is no conflict");
            }
        }
    }

    @Test
    void aSaveWritesOnlyWhatChangedAndKeepsTheRowsOfEverythingElse() {
        try (Store store = Services.open(workspace)) {
            JourneyMap map = journeys.save(store, journeys.fromTemplate("social-complaint"));
            Map<String, Long> before = rowsOf(store);
            Map<String, Long> versionsBefore = stepVersions(store);
            String stepId = map.steps().get(1).id();
            JourneyMap edited = JourneyEdits.renameStep(map, stepId, "Complains again, louder");

            journeys.save(store, edited);

            assertEquals(before, rowsOf(store), "every card, step and stage keeps its row");
            Map<String, Long> versionsAfter = stepVersions(store);
            for (JourneyStep step : map.steps()) {
                long expected = versionsBefore.get(step.id()) + (step.id().equals(stepId) ? 1 : 0);
                assertEquals(expected, versionsAfter.get(step.id()),
                        "only the renamed step is written: " + step.name());
            }
        }
    }

    /** Row id of every stage, step, touchpoint and card, by stable id. */
    private static Map<String, Long> rowsOf(Store store) {
        return store.query(connection -> {
            Map<String, Long> rows = new HashMap<>();
            for (String table : List.of("JOURNEY_STAGE", "JOURNEY_STEP", "TOUCHPOINT", "LANE_CARD", "JOURNEY_LANE")) {
                try (Statement sql = connection.createStatement();
                        ResultSet rs = sql.executeQuery("SELECT STABLE_ID, ID FROM " + table)) {
                    while (rs.next()) {
                        rows.put(table + ":" + rs.getString(1), rs.getLong(2));
                    }
                }
            }
            return rows;
        });
    }

    private static Map<String, Long> stepVersions(Store store) {
        return store.query(connection -> {
            Map<String, Long> versions = new HashMap<>();
            try (Statement sql = connection.createStatement();
                    ResultSet rs = sql.executeQuery("SELECT STABLE_ID, OPT_LOCK FROM JOURNEY_STEP")) {
                while (rs.next()) {
                    versions.put(rs.getString(1), rs.getLong(2));
                }
            }
            return versions;
        });
    }

    @Test
    void twoJourneysForTheSamePersonaShareItAndEditsToItShowInBoth() {
        try (Store store = Services.open(workspace)) {
            PersonaProfile peter = PersonaProfile.named("Practical Peter");
            JourneyMap a = journeys.save(store, JourneyMap.named("A").withPersonas(List.of(peter)));
            PersonaProfile older = new PersonaProfile(peter.id(), "Practical Peter", "65+", null, null, null,
                    List.of("phone"));
            journeys.save(store, JourneyMap.named("B").withPersonas(List.of(older)));
            assertEquals(List.of(older), journeys.load(store, a.databaseId()).orElseThrow().personas());
            assertNotEquals(a.id(), journeys.list(store).get(1).id());
        }
    }

    static Set<String> allIds(JourneyMap map) {
        Set<String> ids = new HashSet<>();
        ids.add(map.id());
        map.stages().forEach(s -> ids.add(s.id()));
        map.steps().forEach(s -> {
            ids.add(s.id());
            s.cells().values().forEach(cards -> cards.forEach(c -> ids.add(c.id())));
        });
        return ids;
    }
}

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
import java.util.HashSet;
import java.util.List;
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
import org.parley.model.Journey;
import org.parley.model.OwningFunction;
import org.parley.model.Persona;
import org.parley.model.Stage;
import org.parley.model.Step;
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
        long id;
        String stepId;
        try (Store store = Services.open(workspace)) {
            Persona carla = new Persona("Connected Carla");
            Journey journey = new Journey("Broadband outage complaint");
            journey.setPersona(carla);
            Stage seek = journey.addStage("Seek help");
            Step tweet = seek.addStep("Complains on X");
            tweet.setCustomerAction("Tweets at the brand");
            tweet.setOwner(OwningFunction.SERVICE);
            tweet.setEmotion(-2);
            tweet.addTouchpoint("Public complaint", InteractionType.C2C_OFF_SITE, List.of("x"));
            store.saveAll(List.of(carla, journey));
            id = store.journeys().list().get(0).id();
            stepId = tweet.getStableId();
        }
        try (Store store = Services.open(workspace)) {
            JourneyMap map = journeys.load(store, id).orElseThrow();
            assertEquals(JourneyMap.defaultLanes(), map.lanes());
            assertEquals("journey-" + id, map.id());
            JourneyStep step = map.steps().get(0);
            assertEquals(stepId, step.id());
            assertEquals(List.of("Tweets at the brand"), step.cards(LaneKind.CUSTOMER_ACTIONS).stream()
                    .map(Card::text).toList());
            assertEquals(List.of("x"), step.cards(LaneKind.TOUCHPOINTS).get(0).channels());
            assertEquals("Connected Carla", map.personas().get(0).name());

            JourneyMap upgraded = journeys.save(store, map);
            assertEquals(map, upgraded);
            assertEquals(map, journeys.load(store, id).orElseThrow());
            Journey entity = store.journeys().load(id).orElseThrow();
            assertEquals("Tweets at the brand", entity.getStages().get(0).getSteps().get(0).getCustomerAction(),
                    "older code still reads the customer action");
        }
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

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
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.parley.model.journey.Card;
import org.parley.journey.JourneyEdits;
import org.parley.model.journey.JourneyLane;
import org.parley.model.journey.JourneyMap;
import org.parley.model.journey.JourneyStep;
import org.parley.model.journey.LaneKind;

/** Edits leave the map they start from untouched and keep every id. */
class JourneyEditsTest {

    private final JourneyMap map = JourneyTemplates.create("social-complaint");

    @Test
    void movingAStepToAnotherStageKeepsItsIdAndCardsAndLeavesTheOriginalAlone() {
        JourneyStep step = map.steps().get(0);
        String target = map.stages().get(2).id();
        JourneyMap moved = JourneyEdits.moveStep(map, step.id(), target, 1);
        assertEquals(step, moved.stages().get(2).steps().get(1));
        assertEquals(map.steps().size(), moved.steps().size());
        assertEquals(step, map.stages().get(0).steps().get(0), "the original map is unchanged");
        assertEquals(target, moved.stageOf(step.id()).orElseThrow().id());
    }

    @Test
    void cardsMoveBetweenCellsAndAreFoundByIdAnywhere() {
        Card pain = map.steps().get(1).cards(LaneKind.PAIN_POINTS).get(0);
        String to = map.steps().get(4).id();
        JourneyMap moved = JourneyEdits.moveCard(map, pain.id(), to, LaneKind.PAIN_POINTS.defaultLaneId(), 0);
        assertEquals(pain, moved.step(to).orElseThrow().cards(LaneKind.PAIN_POINTS).get(0));
        assertTrue(moved.steps().get(1).cards(LaneKind.PAIN_POINTS).isEmpty());
        JourneyMap renamed = JourneyEdits.updateCard(moved, pain.id(), c -> c.withText("No status page"));
        assertEquals("No status page", renamed.card(pain.id()).orElseThrow().text());
        assertEquals(map.steps().size(), JourneyEdits.removeCard(renamed, pain.id()).steps().size());
    }

    @Test
    void lanesAreReorderedRenamedAndAtMostOneOfEachBuiltInKind() {
        String thoughts = LaneKind.THOUGHTS.defaultLaneId();
        JourneyMap moved = JourneyEdits.moveLane(map, thoughts, 0);
        assertEquals(thoughts, moved.lanes().get(0).id());
        assertEquals("What they think", JourneyEdits.renameLane(moved, thoughts, "What they think").lanes().get(0)
                .title());
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
                () -> JourneyEdits.addLane(map, 0, JourneyLane.of(LaneKind.THOUGHTS)));
        assertTrue(twice.getMessage().contains("already has"), twice.getMessage());
        assertThrows(IllegalArgumentException.class, () -> JourneyEdits.addCard(map, map.steps().get(0).id(),
                LaneKind.EMOTION.defaultLaneId(), 0, Card.text("happy")));
    }

    @Test
    void aPastedStepGetsFreshIdsButTheSameContent() {
        JourneyStep original = map.steps().get(2);
        JourneyStep copy = JourneyEdits.copyOf(original);
        assertNotEquals(original.id(), copy.id());
        assertEquals(original.name(), copy.name());
        assertEquals(original.cards(LaneKind.TOUCHPOINTS).stream().map(Card::text).toList(),
                copy.cards(LaneKind.TOUCHPOINTS).stream().map(Card::text).toList());
        String pain = copy.cards(LaneKind.PAIN_POINTS).get(0).id();
        assertEquals(List.of(pain), copy.cards(LaneKind.OPPORTUNITIES).get(0).addresses(),
                "the copied opportunity addresses the copied pain point");
        JourneyMap pasted = JourneyEdits.addStep(map, map.stages().get(0).id(), 0, copy);
        assertEquals(map.steps().size() + 1, pasted.steps().size());
        assertThrows(IllegalArgumentException.class,
                () -> JourneyEdits.addStep(pasted, map.stages().get(0).id(), 0, copy));
    }
}

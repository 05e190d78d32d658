/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.journey.board.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.parley.model.journey.Card;
import org.parley.model.journey.JourneyMap;
import org.parley.model.journey.JourneyStage;
import org.parley.model.journey.JourneyStep;
import org.parley.journey.board.command.JourneyCommands;
import org.parley.journey.board.command.JourneyDocument;
import org.parley.model.OwningFunction;
import org.parley.ui.board.command.Command;
import org.parley.ui.board.command.CommandStack;

/** Every edit of the journey editor, done, undone and redone without a display. */
class JourneyCommandsTest {

    private final JourneyMap original = Journeys.complaint();
    private final JourneyDocument document = new JourneyDocument(original);
    private final JourneyCommands commands = new JourneyCommands(document);
    private final CommandStack stack = new CommandStack();

    /** Runs a command, checks it, undoes it (back to the original), redoes it (same result again). */
    private JourneyMap roundTrip(Command command) {
        stack.execute(command);
        JourneyMap done = document.map();
        assertNotEquals(original, done, command.label() + " changed the journey");
        stack.undo();
        assertEquals(original, document.map(), command.label() + " undone");
        stack.redo();
        assertEquals(done, document.map(), command.label() + " redone the same, ids included");
        return done;
    }

    private List<String> stageNames(JourneyMap map) {
        return map.stages().stream().map(JourneyStage::name).toList();
    }

    private List<String> stepNames(JourneyMap map) {
        return map.steps().stream().map(JourneyStep::name).toList();
    }

    @Test
    void aPlannerAddsRenamesMovesAndDeletesStages() {
        JourneyMap added = roundTrip(commands.addStage(1, "Research"));
        assertEquals(List.of("Notice", "Research", "Complain & resolve"), stageNames(added));
        assertEquals(1, added.stages().get(1).steps().size(), "a new stage starts with one step to fill");
        stack.undo();
        assertEquals(List.of("Notice", "Noticed it"),
                List.of(stageNames(original).get(0), stageNames(roundTrip(commands.renameStage("stage-aware",
                        "Noticed it"))).get(0)));
        stack.undo();
        assertEquals(List.of("Complain & resolve", "Notice"),
                stageNames(roundTrip(commands.moveStage("stage-aware", 1))));
        stack.undo();
        assertEquals(List.of("Notice"), stageNames(roundTrip(commands.removeStage("stage-complain"))));
    }

    @Test
    void aPlannerEditsStepsIncludingMovingOneToAnotherStage() {
        assertEquals(List.of("Parcel arrives damaged", "Calls the hotline", "Complains on X", "Gets a refund by DM"),
                stepNames(roundTrip(commands.addStep("stage-complain", 0, "Calls the hotline"))));
        stack.undo();
        assertEquals("Tweets a photo", roundTrip(commands.renameStep("step-tweet", "Tweets a photo"))
                .step("step-tweet").orElseThrow().name());
        stack.undo();
        JourneyMap moved = roundTrip(commands.moveStep("step-refund", "stage-aware", 0));
        assertEquals(List.of("Gets a refund by DM", "Parcel arrives damaged"),
                moved.stages().get(0).steps().stream().map(JourneyStep::name).toList());
        stack.undo();
        assertFalse(roundTrip(commands.removeStep("step-notice")).step("step-notice").isPresent());
    }

    @Test
    void aPlannerAddsRenamesMovesAndDeletesLanes() {
        JourneyMap added = roundTrip(commands.addLane(2, "Competitors"));
        assertEquals("Competitors", added.lanes().get(2).title());
        stack.undo();
        assertEquals("What they do", roundTrip(commands.renameLane(Journeys.ACTIONS, "What they do")).lanes()
                .get(0).title());
        stack.undo();
        assertEquals(Journeys.ACTIONS, roundTrip(commands.moveLane(Journeys.ACTIONS, 3)).lanes().get(3).id());
        stack.undo();
        JourneyMap removed = roundTrip(commands.removeLane(Journeys.PAIN));
        assertTrue(removed.card("pain-wait").isEmpty(), "the lane's cards go with it");
    }

    @Test
    void aPlannerWritesMovesAndDeletesCards() {
        JourneyMap added = roundTrip(commands.addCard("step-notice", Journeys.ACTIONS, 9, "Takes a photo"));
        assertEquals(List.of("Opens the box", "Takes a photo"), added.step("step-notice").orElseThrow()
                .cards(Journeys.ACTIONS).stream().map(Card::text).toList());
        stack.undo();
        assertEquals("Opens the box at the door", roundTrip(commands.editCardText("act-open",
                "Opens the box at the door")).card("act-open").orElseThrow().text());
        stack.undo();
        JourneyMap moved = roundTrip(commands.moveCard("act-open", "step-tweet", Journeys.ACTIONS, 0));
        assertEquals("act-open", moved.step("step-tweet").orElseThrow().cards(Journeys.ACTIONS).get(0).id());
        stack.undo();
        assertTrue(roundTrip(commands.removeCards(List.of("act-open", "pain-wait"))).card("pain-wait").isEmpty());
    }

    @Test
    void emotionOwnerAndInteractionTypeOfAStepAreEditsToo() {
        assertEquals(2, roundTrip(commands.setEmotion("step-refund", 2)).step("step-refund").orElseThrow()
                .emotion());
        stack.undo();
        assertEquals(OwningFunction.MARKETING, roundTrip(commands.setOwner("step-notice", OwningFunction.MARKETING))
                .step("step-notice").orElseThrow().owner());
    }

    @Test
    void pastingCardsAndStepsMakesCopiesWithFreshIdsInOneUndoableStep() {
        Card tweet = original.card("tp-tweet").orElseThrow();
        Card pain = original.card("pain-wait").orElseThrow();
        JourneyMap pasted = roundTrip(commands.pasteCards(List.of(tweet, pain), "step-refund", Journeys.ACTIONS));
        List<Card> cards = pasted.step("step-refund").orElseThrow().cards(Journeys.ACTIONS);
        assertEquals(List.of("Tweet to @brand", "Nine hours without an answer"), cards.stream().map(Card::text)
                .toList());
        assertNotEquals("tp-tweet", cards.get(0).id());
        assertEquals(List.of("x"), cards.get(0).channels(), "a pasted touchpoint keeps its channels");
        stack.undo();
        JourneyMap step = roundTrip(commands.pasteStep(original.step("step-tweet").orElseThrow(), "stage-complain",
                2));
        assertEquals(4, step.steps().size());
        assertEquals("Complains on X", step.steps().get(3).name());
    }

    @Test
    void anEditTheJourneyRefusesChangesNothing() {
        assertThrows(IllegalArgumentException.class, () -> stack.execute(commands.renameStep("no-such-step", "x")));
        assertEquals(original, document.map());
        assertFalse(stack.canUndo());
        assertThrows(IllegalArgumentException.class,
                () -> stack.execute(commands.addCard("step-notice", "emotion", 0, "a card in the emotion curve")));
        assertEquals(original, document.map());
    }

    @Test
    void theEditorIsDirtyUntilSavedAndCleanWhenUndoneToTheSave() {
        List<JourneyMap> seen = new java.util.ArrayList<>();
        document.addListener(seen::add);
        stack.execute(commands.renameStage("stage-aware", "Aware"));
        assertTrue(stack.isDirty());
        stack.markSaved();
        stack.execute(commands.renameStage("stage-aware", "Aware!"));
        stack.undo();
        assertFalse(stack.isDirty());
        assertEquals(3, seen.size(), "the canvas is told about every change");
    }
}

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
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.parley.model.journey.Card;
import org.parley.model.journey.JourneyMap;
import org.parley.model.journey.JourneyStep;
import org.parley.journey.board.JourneyBoards;
import org.parley.journey.board.command.JourneyCommands;
import org.parley.journey.board.command.JourneyDocument;
import org.parley.journey.board.command.JourneyGestures;
import org.parley.ui.board.Board;
import org.parley.ui.board.BoardLayout;
import org.parley.ui.board.BoardRef;
import org.parley.ui.board.DropTarget;
import org.parley.ui.board.Rect;
import org.parley.ui.board.command.CommandStack;

/** What the editor does with gestures on the board, checked on the journey without a display. */
class JourneyGesturesTest {

    private final JourneyMap original = Journeys.complaint();
    private final JourneyDocument document = new JourneyDocument(original);
    private final JourneyGestures gestures = new JourneyGestures(new JourneyCommands(document));
    private final CommandStack stack = new CommandStack();

    private Board board() {
        return JourneyBoards.toBoard(document.map(), Map.of());
    }

    private List<String> stepNames() {
        return document.map().steps().stream().map(JourneyStep::name).toList();
    }

    @Test
    void typingInPlaceRenamesHeadersEditsCardsAndAddsCardsToEmptyCells() {
        stack.execute(gestures.edited(board(), BoardRef.column("step-notice"), "Unboxes a broken vase"));
        assertEquals("Unboxes a broken vase", stepNames().get(0));
        stack.execute(gestures.edited(board(), BoardRef.card("step-notice", Journeys.ACTIONS, 0), "Opens it"));
        assertEquals("Opens it", document.map().card("act-open").orElseThrow().text());
        stack.execute(gestures.edited(board(), BoardRef.cell("step-refund", Journeys.ACTIONS), "Reads the DM"));
        assertEquals("Reads the DM", document.map().step("step-refund").orElseThrow().cards(Journeys.ACTIONS)
                .get(0).text());
        assertNull(gestures.editableText(board(), BoardRef.cell("step-refund", "emotion")),
                "the emotion curve is not a place for cards");
        stack.undo();
        stack.undo();
        stack.undo();
        assertEquals(original, document.map());
    }

    @Test
    void draggingAStepHeaderOntoAnotherStageMovesTheStepThere() {
        Board board = board();
        BoardLayout layout = new BoardLayout(board);
        Rect notice = layout.columnHeaderRect(board.columnIndex("step-notice"));
        DropTarget target = DropTarget.of(layout, BoardRef.column("step-refund"), notice.x() + 5, notice.y() + 5);
        stack.execute(gestures.dropped(board, BoardRef.column("step-refund"), target));
        assertEquals(List.of("Gets a refund by DM", "Parcel arrives damaged", "Complains on X"), stepNames());
        assertEquals("stage-aware", document.map().stageOf("step-refund").orElseThrow().id());
    }

    @Test
    void draggingALaneDownPutsItBelowTheLaneDroppedOn() {
        Board board = board();
        BoardLayout layout = new BoardLayout(board);
        Rect touchpoints = layout.rowHeaderRect(board.rowIndex(Journeys.TOUCHPOINTS));
        DropTarget target = DropTarget.of(layout, BoardRef.row(Journeys.ACTIONS), 10, touchpoints.bottom() - 2);
        stack.execute(gestures.dropped(board, BoardRef.row(Journeys.ACTIONS), target));
        assertEquals(List.of(Journeys.TOUCHPOINTS, Journeys.ACTIONS), document.map().lanes().subList(0, 2).stream()
                .map(l -> l.id()).toList());
    }

    @Test
    void copyAndPasteOfCardsAndStepsAndDeleteOfASelection() {
        Board board = board();
        int tweetStep = board.columnIndex("step-tweet");
        int painRow = board.rowIndex(Journeys.PAIN);
        assertEquals("Nine hours without an answer", board.cards(painRow, tweetStep).get(0).text());
        JourneyGestures.Clip clip = gestures.copy(board, List.of(BoardRef.card("step-tweet", Journeys.PAIN, 0)));
        stack.execute(gestures.paste(clip, BoardRef.cell("step-refund", Journeys.PAIN)));
        List<Card> pasted = document.map().step("step-refund").orElseThrow().cards(Journeys.PAIN);
        assertEquals("Nine hours without an answer", pasted.get(0).text());
        JourneyGestures.Clip step = gestures.copy(board(), List.of(BoardRef.column("step-notice")));
        stack.execute(gestures.paste(step, BoardRef.column("step-notice")));
        assertEquals(4, document.map().steps().size());
        stack.execute(gestures.delete(board(), List.of(BoardRef.card("step-tweet", Journeys.PAIN, 0),
                BoardRef.column("step-notice"))));
        assertEquals(3, document.map().steps().size());
        assertEquals(List.of(), document.map().step("step-tweet").orElseThrow().cards(Journeys.PAIN));
        stack.undo();
        assertEquals(4, document.map().steps().size(), "one undo brings the whole deletion back");
    }

    @Test
    void insertAddsAfterTheFocusAndPlusMinusMoveTheEmotion() {
        stack.execute(gestures.add(BoardRef.column("step-notice")));
        assertEquals("New step", document.map().stages().get(0).steps().get(1).name());
        stack.execute(gestures.add(BoardRef.group("stage-aware")));
        assertEquals("New stage", document.map().stages().get(1).name());
        stack.execute(gestures.nudgeEmotion(BoardRef.cell("step-refund", "emotion"), 1));
        assertEquals(2, document.map().step("step-refund").orElseThrow().emotion());
        assertNull(gestures.nudgeEmotion(BoardRef.cell("step-refund", "emotion"), 1), "+2 is the top");
        JourneyMap before = document.map();
        assertNull(gestures.nudgeEmotion(BoardRef.cell("step-refund", Journeys.ACTIONS), 1));
        assertEquals(before, document.map());
    }
}

/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.journey.board.command;

import java.util.ArrayList;
import java.util.List;

import org.parley.model.journey.Card;
import org.parley.journey.JourneyEdits;
import org.parley.model.journey.JourneyLane;
import org.parley.model.journey.JourneyStage;
import org.parley.model.journey.JourneyStep;
import org.parley.model.InteractionType;
import org.parley.model.OwningFunction;
import org.parley.ui.board.command.Command;
import org.parley.ui.board.command.CompoundCommand;

/**
 * The edits the journey editor offers, each an undoable command over one document. The editor only
 * translates gestures (a drag, a typed name, Ctrl+V) into these.
 */
public final class JourneyCommands {

    private final JourneyDocument doc;

    public JourneyCommands(JourneyDocument document) {
        this.doc = document;
    }

    public JourneyDocument document() {
        return doc;
    }

    public Command addStage(int index, String name) {
        JourneyStage stage = JourneyStage.named(name).withSteps(List.of(JourneyStep.named("New step")));
        return new JourneyCommand(doc, "Add stage", map -> JourneyEdits.addStage(map, index, stage));
    }

    public Command renameStage(String stageId, String name) {
        return new JourneyCommand(doc, "Rename stage", map -> JourneyEdits.renameStage(map, stageId, name));
    }

    public Command moveStage(String stageId, int index) {
        return new JourneyCommand(doc, "Move stage", map -> JourneyEdits.moveStage(map, stageId, index));
    }

    public Command removeStage(String stageId) {
        return new JourneyCommand(doc, "Delete stage", map -> JourneyEdits.removeStage(map, stageId));
    }

    public Command addStep(String stageId, int index, String name) {
        JourneyStep step = JourneyStep.named(name);
        return new JourneyCommand(doc, "Add step", map -> JourneyEdits.addStep(map, stageId, index, step));
    }

    public Command renameStep(String stepId, String name) {
        return new JourneyCommand(doc, "Rename step", map -> JourneyEdits.renameStep(map, stepId, name));
    }

    /** Moves a step to an index within a stage, which may be another stage. */
    public Command moveStep(String stepId, String stageId, int index) {
        return new JourneyCommand(doc, "Move step", map -> JourneyEdits.moveStep(map, stepId, stageId, index));
    }

    public Command removeStep(String stepId) {
        return new JourneyCommand(doc, "Delete step", map -> JourneyEdits.removeStep(map, stepId));
    }

    public Command addLane(int index, String title) {
        JourneyLane lane = JourneyLane.custom(title);
        return new JourneyCommand(doc, "Add lane", map -> JourneyEdits.addLane(map, index, lane));
    }

    public Command renameLane(String laneId, String title) {
        return new JourneyCommand(doc, "Rename lane", map -> JourneyEdits.renameLane(map, laneId, title));
    }

    public Command moveLane(String laneId, int index) {
        return new JourneyCommand(doc, "Move lane", map -> JourneyEdits.moveLane(map, laneId, index));
    }

    public Command removeLane(String laneId) {
        return new JourneyCommand(doc, "Delete lane", map -> JourneyEdits.removeLane(map, laneId));
    }

    public Command addCard(String stepId, String laneId, int index, String text) {
        Card card = Card.text(text);
        return new JourneyCommand(doc, "Add card", map -> JourneyEdits.addCard(map, stepId, laneId, index, card));
    }

    public Command editCardText(String cardId, String text) {
        return new JourneyCommand(doc, "Edit card", map -> JourneyEdits.updateCard(map, cardId, c -> c.withText(text)));
    }

    /** Replaces a card's fields (properties panel); its id stays. */
    public Command updateCard(String cardId, Card changed) {
        return new JourneyCommand(doc, "Change card", map -> JourneyEdits.updateCard(map, cardId, c -> changed));
    }

    public Command moveCard(String cardId, String stepId, String laneId, int index) {
        return new JourneyCommand(doc, "Move card",
                map -> JourneyEdits.moveCard(map, cardId, stepId, laneId, index));
    }

    public Command removeCard(String cardId) {
        return new JourneyCommand(doc, "Delete card", map -> JourneyEdits.removeCard(map, cardId));
    }

    public Command setEmotion(String stepId, int emotion) {
        return new JourneyCommand(doc, "Change emotion",
                map -> JourneyEdits.updateStep(map, stepId, s -> s.withEmotion(emotion)));
    }

    public Command setOwner(String stepId, OwningFunction owner) {
        return new JourneyCommand(doc, "Change owner",
                map -> JourneyEdits.updateStep(map, stepId, s -> s.withOwner(owner)));
    }

    public Command setInteractionType(String stepId, InteractionType type) {
        return new JourneyCommand(doc, "Change interaction type",
                map -> JourneyEdits.updateStep(map, stepId, s -> s.withInteractionType(type)));
    }

    /** Pastes copies of cards (fresh ids) at the end of a cell, as one undoable step. */
    public Command pasteCards(List<Card> cards, String stepId, String laneId) {
        List<Command> parts = new ArrayList<>();
        for (Card card : cards) {
            Card copy = card.withId(org.parley.model.journey.Ids.newId());
            parts.add(new JourneyCommand(doc, "Paste card",
                    map -> JourneyEdits.addCard(map, stepId, laneId, Integer.MAX_VALUE, copy)));
        }
        return new CompoundCommand(cards.size() == 1 ? "Paste card" : "Paste " + cards.size() + " cards", parts);
    }

    /** Pastes a copy of a step (fresh ids for it and its cards) after another step of a stage. */
    public Command pasteStep(JourneyStep step, String stageId, int index) {
        JourneyStep copy = JourneyEdits.copyOf(step);
        return new JourneyCommand(doc, "Paste step", map -> JourneyEdits.addStep(map, stageId, index, copy));
    }

    /** Deletes several cards at once, as one undoable step. */
    public Command removeCards(List<String> cardIds) {
        return new CompoundCommand(cardIds.size() == 1 ? "Delete card" : "Delete " + cardIds.size() + " cards",
                cardIds.stream().map(this::removeCard).toList());
    }
}

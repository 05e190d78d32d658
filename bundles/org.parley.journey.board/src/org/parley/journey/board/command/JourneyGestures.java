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
import java.util.Optional;

import org.parley.model.journey.Card;
import org.parley.model.journey.JourneyLane;
import org.parley.model.journey.JourneyMap;
import org.parley.model.journey.JourneyStage;
import org.parley.model.journey.JourneyStep;
import org.parley.model.journey.LaneKind;
import org.parley.ui.board.Board;
import org.parley.ui.board.BoardRef;
import org.parley.ui.board.DropTarget;
import org.parley.ui.board.command.Command;
import org.parley.ui.board.command.CompoundCommand;

/**
 * Translates what a user does on the board (names typed in place, drops, Delete, Insert, +/-,
 * paste) into journey commands. Board items map to the journey by id: groups are stages, columns
 * steps, rows lanes, cards cards. Returns {@code null} when a gesture means nothing for the
 * journey.
 */
public final class JourneyGestures {

    private final JourneyCommands commands;

    public JourneyGestures(JourneyCommands commands) {
        this.commands = commands;
    }

    private JourneyMap map() {
        return commands.document().map();
    }

    /**
     * The journey card a board card shows, if it is one (value lanes show the step's value instead).
     */
    public Optional<Card> card(Board board, BoardRef ref) {
        if (ref == null || ref.kind() != BoardRef.Kind.CARD) {
            return Optional.empty();
        }
        int row = board.rowIndex(ref.row());
        int column = board.columnIndex(ref.column());
        if (row < 0 || column < 0 || ref.card() >= board.cards(row, column).size()) {
            return Optional.empty();
        }
        String id = board.cards(row, column).get(ref.card()).id();
        return id == null ? Optional.empty() : map().card(id);
    }

    private boolean holdsCards(String laneId) {
        return map().lane(laneId).map(lane -> lane.kind().holdsCards()).orElse(false);
    }

    /** The text an item shows for editing in place, or {@code null} when it cannot be edited there. */
    public String editableText(Board board, BoardRef ref) {
        JourneyMap map = map();
        return switch (ref.kind()) {
            case GROUP -> map.stages().stream().filter(s -> s.id().equals(ref.group())).map(JourneyStage::name)
                    .findFirst().orElse(null);
            case COLUMN -> map.step(ref.column()).map(JourneyStep::name).orElse(null);
            case ROW -> map.lane(ref.row()).map(JourneyLane::title).orElse(null);
            case CELL -> holdsCards(ref.row()) ? "" : null;
            case CARD -> card(board, ref).map(Card::text).orElse(null);
        };
    }

    /** A name or text typed in place. */
    public Command edited(Board board, BoardRef ref, String text) {
        if (text.isBlank() && ref.kind() != BoardRef.Kind.CARD) {
            return null;
        }
        return switch (ref.kind()) {
            case GROUP -> commands.renameStage(ref.group(), text);
            case COLUMN -> commands.renameStep(ref.column(), text);
            case ROW -> commands.renameLane(ref.row(), text);
            case CELL -> holdsCards(ref.row())
                    ? commands.addCard(ref.column(), ref.row(), Integer.MAX_VALUE, text)
                    : null;
            case CARD -> card(board, ref).map(card -> text.isBlank()
                    ? commands.removeCard(card.id())
                    : commands.editCardText(card.id(), text)).orElse(null);
        };
    }

    /** A header or card dropped at a new place. */
    public Command dropped(Board board, BoardRef dragged, DropTarget target) {
        return switch (dragged.kind()) {
            case GROUP -> commands.moveStage(dragged.group(), target.index());
            case COLUMN -> commands.moveStep(dragged.column(), target.group(), target.index());
            case ROW -> commands.moveLane(dragged.row(), target.index());
            case CARD -> target.cell() == null || !holdsCards(target.cell().row())
                    ? null
                    : card(board, dragged).map(card -> commands.moveCard(card.id(), target.cell().column(),
                            target.cell().row(), Integer.MAX_VALUE)).orElse(null);
            default -> null;
        };
    }

    /** Delete on the selection: cards, steps, stages and lanes, as one undoable step. */
    public Command delete(Board board, List<BoardRef> selection) {
        List<Command> parts = new ArrayList<>();
        List<String> cards = new ArrayList<>();
        for (BoardRef ref : selection) {
            switch (ref.kind()) {
                case CARD -> card(board, ref).ifPresent(card -> cards.add(card.id()));
                case COLUMN -> parts.add(commands.removeStep(ref.column()));
                case GROUP -> parts.add(commands.removeStage(ref.group()));
                case ROW -> parts.add(commands.removeLane(ref.row()));
                default -> {
                    // an empty cell: nothing to delete
                }
            }
        }
        if (!cards.isEmpty()) {
            parts.add(0, commands.removeCards(cards));
        }
        if (parts.isEmpty()) {
            return null;
        }
        return parts.size() == 1 ? parts.get(0) : new CompoundCommand("Delete", parts);
    }

    /** Insert: a new stage, step or lane after the focused one. */
    public Command add(BoardRef focus) {
        if (focus == null) {
            return commands.addStage(Integer.MAX_VALUE, "New stage");
        }
        JourneyMap map = map();
        return switch (focus.kind()) {
            case GROUP -> commands.addStage(stageIndex(map, focus.group()) + 1, "New stage");
            case COLUMN -> map.stageOf(focus.column()).map(stage -> commands.addStep(stage.id(),
                    stepIndex(stage, focus.column()) + 1, "New step")).orElse(null);
            case ROW -> commands.addLane(laneIndex(map, focus.row()) + 1, "New lane");
            default -> null;
        };
    }

    /** + or - on an emotion cell (or a step header) moves the step's emotion by one. */
    public Command nudgeEmotion(BoardRef focus, int delta) {
        if (focus == null || focus.column() == null) {
            return null;
        }
        boolean emotion = focus.row() == null || map().lane(focus.row()).map(l -> l.kind() == LaneKind.EMOTION)
                .orElse(false);
        if (!emotion) {
            return null;
        }
        return map().step(focus.column()).filter(step -> Math.abs(step.emotion() + delta) <= 2)
                .map(step -> commands.setEmotion(step.id(), step.emotion() + delta)).orElse(null);
    }

    /** What Copy takes from the selection: its journey cards, or else the focused step. */
    public Clip copy(Board board, List<BoardRef> selection) {
        List<Card> cards = new ArrayList<>();
        for (BoardRef ref : selection) {
            card(board, ref).ifPresent(cards::add);
        }
        if (!cards.isEmpty()) {
            return new Clip(cards, null);
        }
        for (BoardRef ref : selection) {
            if (ref.kind() == BoardRef.Kind.COLUMN) {
                return map().step(ref.column()).map(step -> new Clip(List.of(), step)).orElse(null);
            }
        }
        return null;
    }

    /**
     * Paste: cards into the focused cell (or the cell of the focused card), a step after the focused
     * step.
     */
    public Command paste(Clip clip, BoardRef focus) {
        if (clip == null || focus == null) {
            return null;
        }
        if (clip.step() != null && focus.column() != null) {
            return map().stageOf(focus.column()).map(stage -> commands.pasteStep(clip.step(), stage.id(),
                    stepIndex(stage, focus.column()) + 1)).orElse(null);
        }
        BoardRef cell = focus.cellRef();
        if (clip.cards().isEmpty() || cell == null || !holdsCards(cell.row())) {
            return null;
        }
        return commands.pasteCards(clip.cards(), cell.column(), cell.row());
    }

    /** What was copied: cards, or one step. */
    public record Clip(List<Card> cards, JourneyStep step) {
    }

    private static int stageIndex(JourneyMap map, String stageId) {
        for (int i = 0; i < map.stages().size(); i++) {
            if (map.stages().get(i).id().equals(stageId)) {
                return i;
            }
        }
        return map.stages().size();
    }

    private static int stepIndex(JourneyStage stage, String stepId) {
        for (int i = 0; i < stage.steps().size(); i++) {
            if (stage.steps().get(i).id().equals(stepId)) {
                return i;
            }
        }
        return stage.steps().size();
    }

    private static int laneIndex(JourneyMap map, String laneId) {
        for (int i = 0; i < map.lanes().size(); i++) {
            if (map.lanes().get(i).id().equals(laneId)) {
                return i;
            }
        }
        return map.lanes().size();
    }
}

/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.journey;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.parley.model.journey.Card;
import org.parley.model.journey.Ids;
import org.parley.model.journey.JourneyLane;
import org.parley.model.journey.JourneyMap;
import org.parley.model.journey.JourneyStage;
import org.parley.model.journey.JourneyStep;
import org.parley.model.journey.LaneKind;

/**
 * The edit operations of a journey map. Each takes a map and returns the edited copy, leaving the
 * original untouched, so an undoable command keeps the map before and after. Unknown ids and
 * impossible edits throw {@link IllegalArgumentException} with a message a user can read.
 */
public final class JourneyEdits {

    private JourneyEdits() {
    }

    // ---- stages

    /** Inserts a stage at an index (clamped to the ends). */
    public static JourneyMap addStage(JourneyMap map, int index, JourneyStage stage) {
        requireNewIds(map, stage.id());
        stage.steps().forEach(step -> requireNewIds(map, step.id()));
        return map.withStages(insert(map.stages(), index, stage));
    }

    public static JourneyMap renameStage(JourneyMap map, String stageId, String name) {
        return updateStage(map, stageId, stage -> stage.withName(name));
    }

    public static JourneyMap updateStage(JourneyMap map, String stageId, UnaryOperator<JourneyStage> change) {
        int index = stageIndex(map, stageId);
        List<JourneyStage> stages = new ArrayList<>(map.stages());
        stages.set(index, change.apply(stages.get(index)));
        return map.withStages(stages);
    }

    /** Moves a stage (with its steps) to a new index. */
    public static JourneyMap moveStage(JourneyMap map, String stageId, int newIndex) {
        return map.withStages(move(map.stages(), stageIndex(map, stageId), newIndex));
    }

    /** Removes a stage and its steps. */
    public static JourneyMap removeStage(JourneyMap map, String stageId) {
        List<JourneyStage> stages = new ArrayList<>(map.stages());
        stages.remove(stageIndex(map, stageId));
        return map.withStages(stages);
    }

    // ---- steps

    /** Inserts a step into a stage at an index (clamped to the ends). */
    public static JourneyMap addStep(JourneyMap map, String stageId, int index, JourneyStep step) {
        requireNewIds(map, step.id());
        return updateStage(map, stageId, stage -> stage.withSteps(insert(stage.steps(), index, step)));
    }

    public static JourneyMap renameStep(JourneyMap map, String stepId, String name) {
        return updateStep(map, stepId, step -> step.withName(name));
    }

    /** Changes one step (emotion, owner, interaction type, cells...) in place. */
    public static JourneyMap updateStep(JourneyMap map, String stepId, UnaryOperator<JourneyStep> change) {
        List<JourneyStage> stages = new ArrayList<>();
        boolean found = false;
        for (JourneyStage stage : map.stages()) {
            List<JourneyStep> steps = new ArrayList<>(stage.steps());
            for (int i = 0; i < steps.size(); i++) {
                if (steps.get(i).id().equals(stepId)) {
                    JourneyStep changed = change.apply(steps.get(i));
                    if (!changed.id().equals(stepId)) {
                        throw new IllegalArgumentException("A step keeps its id");
                    }
                    steps.set(i, changed);
                    found = true;
                }
            }
            stages.add(stage.withSteps(steps));
        }
        if (!found) {
            throw new IllegalArgumentException("No step with id " + stepId + " in journey '" + map.name() + "'");
        }
        return map.withStages(stages);
    }

    /** Moves a step to an index within a stage, which may be another stage. */
    public static JourneyMap moveStep(JourneyMap map, String stepId, String targetStageId, int index) {
        JourneyStep step = map.step(stepId).orElseThrow(() -> unknown("step", stepId));
        stageIndex(map, targetStageId);
        JourneyMap without = removeStep(map, stepId);
        return updateStage(without, targetStageId, stage -> stage.withSteps(insert(stage.steps(), index, step)));
    }

    public static JourneyMap removeStep(JourneyMap map, String stepId) {
        JourneyStage stage = map.stageOf(stepId).orElseThrow(() -> unknown("step", stepId));
        return updateStage(map, stage.id(), s -> s.withSteps(
                s.steps().stream().filter(step -> !step.id().equals(stepId)).toList()));
    }

    // ---- lanes

    /**
     * Inserts a lane at an index. A journey has at most one lane of each built-in kind; users add as
     * many {@link LaneKind#CUSTOM} lanes as they like.
     */
    public static JourneyMap addLane(JourneyMap map, int index, JourneyLane lane) {
        if (map.lane(lane.id()).isPresent()) {
            throw new IllegalArgumentException("The journey already has a lane with id " + lane.id());
        }
        if (lane.kind() != LaneKind.CUSTOM && map.lane(lane.kind()).isPresent()) {
            throw new IllegalArgumentException("The journey already has a '" + lane.kind().defaultTitle() + "' lane");
        }
        return map.withLanes(insert(map.lanes(), index, lane));
    }

    public static JourneyMap renameLane(JourneyMap map, String laneId, String title) {
        int index = laneIndex(map, laneId);
        List<JourneyLane> lanes = new ArrayList<>(map.lanes());
        lanes.set(index, lanes.get(index).withTitle(title));
        return map.withLanes(lanes);
    }

    public static JourneyMap moveLane(JourneyMap map, String laneId, int newIndex) {
        return map.withLanes(move(map.lanes(), laneIndex(map, laneId), newIndex));
    }

    /** Removes a lane and the cards every step had in it. */
    public static JourneyMap removeLane(JourneyMap map, String laneId) {
        List<JourneyLane> lanes = new ArrayList<>(map.lanes());
        lanes.remove(laneIndex(map, laneId));
        JourneyMap without = map.withLanes(lanes);
        return without.withStages(without.stages().stream()
                .map(stage -> stage.withSteps(stage.steps().stream().map(s -> s.withoutLane(laneId)).toList()))
                .toList());
    }

    // ---- cards

    /** Inserts a card into a step's cell at an index (clamped to the ends). */
    public static JourneyMap addCard(JourneyMap map, String stepId, String laneId, int index, Card card) {
        JourneyLane lane = map.lane(laneId).orElseThrow(() -> unknown("lane", laneId));
        if (!lane.kind().holdsCards()) {
            throw new IllegalArgumentException("The '" + lane.title() + "' lane shows a value of the step, not cards");
        }
        if (map.card(card.id()).isPresent()) {
            throw new IllegalArgumentException("The journey already has a card with id " + card.id());
        }
        return updateStep(map, stepId, step -> step.withCards(laneId, insert(step.cards(laneId), index, card)));
    }

    /** Changes a card in place; its id stays. */
    public static JourneyMap updateCard(JourneyMap map, String cardId, UnaryOperator<Card> change) {
        Location at = locate(map, cardId);
        return updateStep(map, at.stepId, step -> {
            List<Card> cards = new ArrayList<>(step.cards(at.laneId));
            Card changed = change.apply(cards.get(at.index));
            if (!changed.id().equals(cardId)) {
                throw new IllegalArgumentException("A card keeps its id");
            }
            cards.set(at.index, changed);
            return step.withCards(at.laneId, cards);
        });
    }

    /** Moves a card to another cell (or another place in its cell). */
    public static JourneyMap moveCard(JourneyMap map, String cardId, String stepId, String laneId, int index) {
        Card card = map.card(cardId).orElseThrow(() -> unknown("card", cardId));
        map.step(stepId).orElseThrow(() -> unknown("step", stepId));
        return addCard(removeCard(map, cardId), stepId, laneId, index, card);
    }

    public static JourneyMap removeCard(JourneyMap map, String cardId) {
        Location at = locate(map, cardId);
        return updateStep(map, at.stepId, step -> {
            List<Card> cards = new ArrayList<>(step.cards(at.laneId));
            cards.remove(at.index);
            return step.withCards(at.laneId, cards);
        });
    }

    // ---- copies

    /** A copy of a step with fresh ids for the step and its cards (for copy and paste). */
    public static JourneyStep copyOf(JourneyStep step) {
        Map<String, String> renamed = new LinkedHashMap<>();
        step.cells().values().forEach(cards -> cards.forEach(card -> renamed.put(card.id(), Ids.newId())));
        Map<String, List<Card>> cells = new LinkedHashMap<>();
        step.cells().forEach((lane, cards) -> cells.put(lane, cards.stream().map(card -> renumber(card, renamed))
                .toList()));
        return new JourneyStep(Ids.newId(), step.name(), step.emotion(), step.owner(), step.interactionType(),
                cells);
    }

    /** A copy of a stage with fresh ids for the stage, its steps and their cards. */
    public static JourneyStage copyOf(JourneyStage stage) {
        return new JourneyStage(Ids.newId(), stage.name(), stage.steps().stream().map(JourneyEdits::copyOf).toList());
    }

    /**
     * A copy of a whole journey with fresh ids for the journey, its stages, steps, custom lanes and
     * cards, unsaved. Personas are shared, not copied.
     */
    public static JourneyMap copyOf(JourneyMap map, String newName) {
        Map<String, String> renamed = new LinkedHashMap<>();
        List<JourneyLane> lanes = map.lanes().stream().map(lane -> {
            if (lane.kind() != LaneKind.CUSTOM) {
                return lane;
            }
            String fresh = Ids.newId();
            renamed.put(lane.id(), fresh);
            return new JourneyLane(fresh, lane.title(), lane.kind());
        }).toList();
        map.steps().forEach(step -> step.cells().values()
                .forEach(cards -> cards.forEach(card -> renamed.put(card.id(), Ids.newId()))));
        List<JourneyStage> stages = map.stages().stream().map(stage -> new JourneyStage(Ids.newId(), stage.name(),
                stage.steps().stream().map(step -> {
                    Map<String, List<Card>> cells = new LinkedHashMap<>();
                    step.cells().forEach((lane, cards) -> cells.put(renamed.getOrDefault(lane, lane),
                            cards.stream().map(card -> renumber(card, renamed)).toList()));
                    return new JourneyStep(Ids.newId(), step.name(), step.emotion(), step.owner(),
                            step.interactionType(), cells);
                }).toList())).toList();
        return new JourneyMap(null, Ids.newId(), newName, map.scenario(), map.targetOutcome(), map.state(),
                map.version(), map.personas(), lanes, stages, 0);
    }

    private static Card renumber(Card card, Map<String, String> renamed) {
        return card.withId(renamed.get(card.id())).withOpportunity(card.owner(), card.status(), card.priority(),
                card.addresses().stream().map(id -> renamed.getOrDefault(id, id)).toList());
    }

    // ---- helpers

    private record Location(String stepId, String laneId, int index) {
    }

    private static Location locate(JourneyMap map, String cardId) {
        for (JourneyStep step : map.steps()) {
            for (Map.Entry<String, List<Card>> cell : step.cells().entrySet()) {
                for (int i = 0; i < cell.getValue().size(); i++) {
                    if (cell.getValue().get(i).id().equals(cardId)) {
                        return new Location(step.id(), cell.getKey(), i);
                    }
                }
            }
        }
        throw unknown("card", cardId);
    }

    private static int stageIndex(JourneyMap map, String stageId) {
        for (int i = 0; i < map.stages().size(); i++) {
            if (map.stages().get(i).id().equals(stageId)) {
                return i;
            }
        }
        throw unknown("stage", stageId);
    }

    private static int laneIndex(JourneyMap map, String laneId) {
        for (int i = 0; i < map.lanes().size(); i++) {
            if (map.lanes().get(i).id().equals(laneId)) {
                return i;
            }
        }
        throw unknown("lane", laneId);
    }

    private static void requireNewIds(JourneyMap map, String id) {
        boolean taken = map.stages().stream().anyMatch(s -> s.id().equals(id)) || map.step(id).isPresent();
        if (taken) {
            throw new IllegalArgumentException("The journey already has a stage or step with id " + id);
        }
    }

    private static <T> List<T> insert(List<T> list, int index, T element) {
        List<T> copy = new ArrayList<>(list);
        copy.add(Math.max(0, Math.min(index, copy.size())), element);
        return copy;
    }

    private static <T> List<T> move(List<T> list, int from, int to) {
        List<T> copy = new ArrayList<>(list);
        T element = copy.remove(from);
        copy.add(Math.max(0, Math.min(to, copy.size())), element);
        return copy;
    }

    private static IllegalArgumentException unknown(String what, String id) {
        return new IllegalArgumentException("No " + what + " with id " + id);
    }
}

/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.model.journey;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.parley.model.PlanState;

/**
 * A whole journey as a plain, immutable value: personas, stages of steps, lanes and the cards in
 * each step's cells. Edits make new maps ({@code with...} methods, and the journey bundle's edits);
 * the store's journey repository loads and saves them.
 *
 * @param databaseId
 *            the journey's row in the workspace, null until saved; the {@link #id()} is what stays
 * @param id
 *            stable id, kept across save, export and import; an import replaces the journey with
 *            this id
 * @param state
 *            whether the map shows how things are (as-is) or should be (to-be)
 * @param version
 *            the plan's version number, set by planners (1, 2, ...)
 * @param personas
 *            the personas the journey is planned for, the main one first
 * @param lanes
 *            the rows of the map, top to bottom
 * @param stages
 *            the stages, left to right
 * @param revision
 *            the stored revision this map was read at, 0 for a map that was never stored (or is
 *            meant to replace what is stored, as an import does); the store refuses to save a map
 *            over a newer revision, so that no save silently overwrites another's. It is
 *            bookkeeping, not content: two maps that differ only in their revision are equal
 */
public record JourneyMap(Long databaseId, String id, String name, String scenario, String targetOutcome,
        PlanState state, int version, List<PersonaProfile> personas, List<JourneyLane> lanes,
        List<JourneyStage> stages, long revision) {

    public JourneyMap {
        Objects.requireNonNull(id, "id");
        name = name == null ? "" : name;
        state = state == null ? PlanState.AS_IS : state;
        version = Math.max(1, version);
        personas = personas == null ? List.of() : List.copyOf(personas);
        lanes = lanes == null ? List.of() : List.copyOf(lanes);
        stages = stages == null ? List.of() : List.copyOf(stages);
        revision = Math.max(0, revision);
    }

    /** Equal content and row: the revision a map was read at is left out. */
    @Override
    public boolean equals(Object other) {
        return other instanceof JourneyMap that && Objects.equals(databaseId, that.databaseId) && id.equals(that.id)
                && name.equals(that.name) && Objects.equals(scenario, that.scenario)
                && Objects.equals(targetOutcome, that.targetOutcome) && state == that.state
                && version == that.version && personas.equals(that.personas) && lanes.equals(that.lanes)
                && stages.equals(that.stages);
    }

    @Override
    public int hashCode() {
        return Objects.hash(databaseId, id, name, scenario, targetOutcome, state, version, personas, lanes, stages);
    }

    /** The built-in lanes in their usual order: what a new journey starts with. */
    public static List<JourneyLane> defaultLanes() {
        return List.of(JourneyLane.of(LaneKind.CUSTOMER_ACTIONS), JourneyLane.of(LaneKind.TOUCHPOINTS),
                JourneyLane.of(LaneKind.INTERACTION_TYPE), JourneyLane.of(LaneKind.THOUGHTS),
                JourneyLane.of(LaneKind.EMOTION), JourneyLane.of(LaneKind.PAIN_POINTS),
                JourneyLane.of(LaneKind.OPPORTUNITIES), JourneyLane.of(LaneKind.OWNING_FUNCTION),
                JourneyLane.of(LaneKind.BACKSTAGE), JourneyLane.of(LaneKind.SYSTEMS_DATA));
    }

    /** A new, unsaved journey with a fresh id, the default lanes and no stages. */
    public static JourneyMap named(String name) {
        return new JourneyMap(null, Ids.newId(), name, null, null, PlanState.AS_IS, 1, List.of(), defaultLanes(),
                List.of(), 0);
    }

    /** All steps, stage by stage, left to right. */
    public List<JourneyStep> steps() {
        List<JourneyStep> all = new ArrayList<>();
        stages.forEach(stage -> all.addAll(stage.steps()));
        return all;
    }

    public Optional<JourneyStep> step(String stepId) {
        return steps().stream().filter(s -> s.id().equals(stepId)).findFirst();
    }

    /** The stage that holds a step. */
    public Optional<JourneyStage> stageOf(String stepId) {
        return stages.stream().filter(stage -> stage.steps().stream().anyMatch(s -> s.id().equals(stepId)))
                .findFirst();
    }

    public Optional<JourneyLane> lane(String laneId) {
        return lanes.stream().filter(l -> l.id().equals(laneId)).findFirst();
    }

    /** The lane of a built-in kind, if the journey shows it. */
    public Optional<JourneyLane> lane(LaneKind kind) {
        return lanes.stream().filter(l -> l.kind() == kind).findFirst();
    }

    /** A card anywhere in the map. */
    public Optional<Card> card(String cardId) {
        for (JourneyStep step : steps()) {
            for (List<Card> cards : step.cells().values()) {
                for (Card card : cards) {
                    if (card.id().equals(cardId)) {
                        return Optional.of(card);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Every touchpoint card of the map, step by step. */
    public List<Card> touchpoints() {
        List<Card> all = new ArrayList<>();
        steps().forEach(step -> all.addAll(step.cards(LaneKind.TOUCHPOINTS)));
        return all;
    }

    public JourneyMap withDatabaseId(Long newDatabaseId) {
        return new JourneyMap(newDatabaseId, id, name, scenario, targetOutcome, state, version, personas, lanes,
                stages, revision);
    }

    /** The same map, as read at another stored revision. */
    public JourneyMap withRevision(long newRevision) {
        return new JourneyMap(databaseId, id, name, scenario, targetOutcome, state, version, personas, lanes,
                stages, newRevision);
    }

    public JourneyMap withDescription(String newName, String newScenario, String newTargetOutcome) {
        return new JourneyMap(databaseId, id, newName, newScenario, newTargetOutcome, state, version, personas,
                lanes, stages, revision);
    }

    public JourneyMap withPlan(PlanState newState, int newVersion) {
        return new JourneyMap(databaseId, id, name, scenario, targetOutcome, newState, newVersion, personas, lanes,
                stages, revision);
    }

    public JourneyMap withPersonas(List<PersonaProfile> newPersonas) {
        return new JourneyMap(databaseId, id, name, scenario, targetOutcome, state, version, newPersonas, lanes,
                stages, revision);
    }

    public JourneyMap withLanes(List<JourneyLane> newLanes) {
        return new JourneyMap(databaseId, id, name, scenario, targetOutcome, state, version, personas, newLanes,
                stages, revision);
    }

    public JourneyMap withStages(List<JourneyStage> newStages) {
        return new JourneyMap(databaseId, id, name, scenario, targetOutcome, state, version, personas, lanes,
                newStages, revision);
    }
}

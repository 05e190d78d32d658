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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.parley.model.InteractionType;
import org.parley.model.OwningFunction;
import org.parley.model.PlanState;

/**
 * Builds a journey map in reading order: stages, then steps with their lane contents. Used by the
 * templates, the demo and tests; every element gets a fresh id. The map has the default lanes plus
 * any custom lanes added with {@link #customLane(String)}.
 *
 * <pre>
 * JourneyBuilder b = new JourneyBuilder("Outage complaint").persona(carla);
 * b.stage("Seek help");
 * String pain = b.step("Complains on X", -2, OwningFunction.SERVICE, InteractionType.C2C_OFF_SITE)
 *         .action("Tweets at the brand")
 *         .touchpoint("Public complaint", InteractionType.C2C_OFF_SITE, List.of("x"), List.of("outage"))
 *         .pain("Nobody answers for hours");
 * b.opportunity("Answer in public within 1 hour", "Social care lead", OpportunityStatus.PLANNED, Priority.HIGH, pain);
 * JourneyMap map = b.build();
 * </pre>
 */
public final class JourneyBuilder {

    private JourneyMap map;
    private final List<JourneyStage> stages = new ArrayList<>();
    private final List<PersonaProfile> personas = new ArrayList<>();
    private final List<JourneyLane> lanes = new ArrayList<>(JourneyMap.defaultLanes());
    private String stageId;
    private String stageName;
    private final List<JourneyStep> steps = new ArrayList<>();
    private JourneyStep step;
    private final Map<String, List<Card>> cells = new LinkedHashMap<>();

    public JourneyBuilder(String name) {
        map = JourneyMap.named(name);
    }

    public JourneyBuilder describe(String scenario, String targetOutcome, PlanState state, int version) {
        map = map.withDescription(map.name(), scenario, targetOutcome).withPlan(state, version);
        return this;
    }

    public JourneyBuilder persona(PersonaProfile persona) {
        personas.add(persona);
        return this;
    }

    /** Adds a lane of the user's own at the bottom; returns its id. */
    public String customLane(String title) {
        JourneyLane lane = JourneyLane.custom(title);
        lanes.add(lane);
        return lane.id();
    }

    /** Starts a new stage; the steps that follow go into it. */
    public JourneyBuilder stage(String name) {
        endStage();
        stageId = Ids.newId();
        stageName = name;
        return this;
    }

    /** Starts a new step in the current stage; the lane contents that follow go into it. */
    public JourneyBuilder step(String name, int emotion, OwningFunction owner, InteractionType type) {
        if (stageName == null) {
            throw new IllegalStateException("Start a stage before its steps");
        }
        endStep();
        step = new JourneyStep(Ids.newId(), name, emotion, owner, type, Map.of());
        return this;
    }

    public JourneyBuilder action(String text) {
        return card(LaneKind.CUSTOMER_ACTIONS.defaultLaneId(), Card.text(text));
    }

    public JourneyBuilder touchpoint(String name, InteractionType type, List<String> channels, List<String> tags) {
        return card(LaneKind.TOUCHPOINTS.defaultLaneId(), Card.touchpoint(name, type, channels, tags));
    }

    public JourneyBuilder thought(String text) {
        return card(LaneKind.THOUGHTS.defaultLaneId(), Card.text(text));
    }

    public JourneyBuilder backstage(String text) {
        return card(LaneKind.BACKSTAGE.defaultLaneId(), Card.text(text));
    }

    public JourneyBuilder system(String text) {
        return card(LaneKind.SYSTEMS_DATA.defaultLaneId(), Card.text(text));
    }

    /** Adds a pain point to the current step and returns its id, for opportunities to address. */
    public String pain(String text) {
        Card card = Card.text(text);
        card(LaneKind.PAIN_POINTS.defaultLaneId(), card);
        return card.id();
    }

    public JourneyBuilder opportunity(String text, String owner, OpportunityStatus status, Priority priority,
            String... painPointIds) {
        return card(LaneKind.OPPORTUNITIES.defaultLaneId(),
                Card.opportunity(text, owner, status, priority, List.of(painPointIds)));
    }

    /** Adds a card to any lane (a custom lane, say) of the current step. */
    public JourneyBuilder card(String laneId, Card card) {
        if (step == null) {
            throw new IllegalStateException("Start a step before its cards");
        }
        cells.computeIfAbsent(laneId, k -> new ArrayList<>()).add(card);
        return this;
    }

    public JourneyMap build() {
        endStage();
        return map.withPersonas(personas).withLanes(lanes).withStages(stages);
    }

    private void endStep() {
        if (step != null) {
            steps.add(new JourneyStep(step.id(), step.name(), step.emotion(), step.owner(), step.interactionType(),
                    cells));
            cells.clear();
            step = null;
        }
    }

    private void endStage() {
        endStep();
        if (stageName != null) {
            stages.add(new JourneyStage(stageId, stageName, steps));
            steps.clear();
            stageName = null;
        }
    }
}

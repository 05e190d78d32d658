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

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.parley.model.journey.Card;
import org.parley.model.journey.Ids;
import org.parley.model.journey.JourneyLane;
import org.parley.model.journey.JourneyMap;
import org.parley.model.journey.JourneyStage;
import org.parley.model.journey.JourneyStep;
import org.parley.model.journey.LaneKind;
import org.parley.model.journey.PersonaProfile;

/**
 * What a journey must be before it is stored: unique ids that fit their columns, texts that fit.
 */
final class JourneyRules {

    private JourneyRules() {
    }

    static void check(JourneyMap map) {
        Set<String> ids = new HashSet<>();
        id(map.id(), Ids.MAX_LENGTH, "journey", ids);
        text(map.name(), 300, "The journey's name");
        text(map.scenario(), 4000, "The scenario");
        text(map.targetOutcome(), 4000, "The target outcome");
        for (PersonaProfile persona : map.personas()) {
            id(persona.id(), Ids.MAX_LENGTH, "persona", ids);
            text(persona.name(), 200, "A persona's name");
            text(persona.segment(), 200, "Persona " + persona.name() + "'s segment");
            text(persona.goals(), 2000, "Persona " + persona.name() + "'s goals");
            text(persona.needStates(), 2000, "Persona " + persona.name() + "'s need states");
            text(persona.frustrations(), 2000, "Persona " + persona.name() + "'s frustrations");
        }
        Set<String> laneIds = new HashSet<>();
        Set<LaneKind> kinds = new HashSet<>();
        for (JourneyLane lane : map.lanes()) {
            id(lane.id(), JourneyJsonReader.MAX_CARD_ID, "lane", laneIds);
            text(lane.title(), 300, "A lane's title");
            if (lane.kind() != LaneKind.CUSTOM && !kinds.add(lane.kind())) {
                throw new IllegalArgumentException("The journey has two " + lane.kind() + " lanes");
            }
        }
        for (JourneyStage stage : map.stages()) {
            id(stage.id(), Ids.MAX_LENGTH, "stage", ids);
            text(stage.name(), 300, "A stage's name");
            for (JourneyStep step : stage.steps()) {
                step(map, step, ids);
            }
        }
    }

    private static void step(JourneyMap map, JourneyStep step, Set<String> ids) {
        id(step.id(), Ids.MAX_LENGTH, "step", ids);
        text(step.name(), 300, "A step's name");
        step.cells().forEach((laneId, cards) -> {
            JourneyLane lane = map.lane(laneId).orElseThrow(() -> new IllegalArgumentException(
                    "Step '" + step.name() + "' has cards in lane " + laneId + ", which the journey does not have"));
            if (!lane.kind().holdsCards()) {
                throw new IllegalArgumentException("The " + lane.kind() + " lane holds no cards");
            }
            boolean touchpoint = lane.kind() == LaneKind.TOUCHPOINTS;
            for (Card card : cards) {
                card(card, touchpoint, ids);
            }
        });
    }

    private static void card(Card card, boolean touchpoint, Set<String> ids) {
        id(card.id(), touchpoint ? Ids.MAX_LENGTH : JourneyJsonReader.MAX_CARD_ID, "card", ids);
        text(card.text(), touchpoint ? 300 : 2000, "The text of card " + card.id());
        text(card.details(), 4000, "The details of card " + card.id());
        text(card.owner(), 200, "The owner of card " + card.id());
        list(card.channels(), 500, "The channels of card " + card.id());
        list(card.tags(), 500, "The tags of card " + card.id());
        list(card.addresses(), 2000, "The pain points card " + card.id() + " addresses");
    }

    private static void id(String id, int maxLength, String what, Set<String> seen) {
        if (id.isBlank() || id.length() > maxLength || id.contains(",")) {
            throw new IllegalArgumentException("The " + what + " id '" + id + "' must be 1 to " + maxLength
                    + " characters without commas");
        }
        if (!seen.add(id)) {
            throw new IllegalArgumentException("The id " + id + " is used twice in the journey");
        }
    }

    private static void text(String text, int maxLength, String what) {
        if (text != null && text.length() > maxLength) {
            throw new IllegalArgumentException(what + " is longer than " + maxLength + " characters");
        }
    }

    private static void list(List<String> values, int maxLength, String what) {
        text(String.join(",", values), maxLength, what);
    }

    static String clip(String text, int maxLength) {
        return text.length() <= maxLength ? text : text.substring(0, maxLength);
    }
}

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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.parley.model.InteractionType;
import org.parley.model.OwningFunction;

/**
 * One step of a journey, a column of the map within its stage.
 *
 * @param id
 *            stable id, kept across save, export and import (the planning canvas links to it)
 * @param emotion
 *            how the customer feels, -2 (very unhappy) to +2 (delighted): the emotion lane
 * @param owner
 *            the function that owns the step, may be null: the owner lane
 * @param interactionType
 *            who talks to whom at this step, may be null: the interaction type lane
 * @param cells
 *            the cards of each card lane, by lane id; lanes without cards may be missing
 */
public record JourneyStep(String id, String name, int emotion, OwningFunction owner,
        InteractionType interactionType, Map<String, List<Card>> cells) {

    public JourneyStep {
        Objects.requireNonNull(id, "id");
        name = name == null ? "" : name;
        emotion = Math.max(-2, Math.min(2, emotion));
        Map<String, List<Card>> copy = new LinkedHashMap<>();
        if (cells != null) {
            cells.forEach((lane, cards) -> {
                if (cards != null && !cards.isEmpty()) {
                    copy.put(lane, List.copyOf(cards));
                }
            });
        }
        cells = java.util.Collections.unmodifiableMap(copy);
    }

    /** A new, empty step with a fresh id. */
    public static JourneyStep named(String name) {
        return new JourneyStep(Ids.newId(), name, 0, null, null, Map.of());
    }

    /** The cards in a lane, in order; empty when there are none. */
    public List<Card> cards(String laneId) {
        return cells.getOrDefault(laneId, List.of());
    }

    /** The cards in the built-in lane of a kind. */
    public List<Card> cards(LaneKind kind) {
        return cards(kind.defaultLaneId());
    }

    public JourneyStep withName(String newName) {
        return new JourneyStep(id, newName, emotion, owner, interactionType, cells);
    }

    public JourneyStep withEmotion(int newEmotion) {
        return new JourneyStep(id, name, newEmotion, owner, interactionType, cells);
    }

    public JourneyStep withOwner(OwningFunction newOwner) {
        return new JourneyStep(id, name, emotion, newOwner, interactionType, cells);
    }

    public JourneyStep withInteractionType(InteractionType newType) {
        return new JourneyStep(id, name, emotion, owner, newType, cells);
    }

    /** This step with the cards of one lane replaced. */
    public JourneyStep withCards(String laneId, List<Card> cards) {
        Map<String, List<Card>> copy = new LinkedHashMap<>(cells);
        copy.put(laneId, cards);
        return new JourneyStep(id, name, emotion, owner, interactionType, copy);
    }

    /** This step with the cards of one lane dropped. */
    public JourneyStep withoutLane(String laneId) {
        Map<String, List<Card>> copy = new LinkedHashMap<>(cells);
        copy.remove(laneId);
        return new JourneyStep(id, name, emotion, owner, interactionType, copy);
    }
}

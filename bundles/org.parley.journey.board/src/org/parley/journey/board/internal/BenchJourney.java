/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.journey.board.internal;

import java.util.ArrayList;
import java.util.List;

import org.parley.model.journey.Card;
import org.parley.model.journey.JourneyLane;
import org.parley.model.journey.JourneyMap;
import org.parley.model.journey.JourneyStage;
import org.parley.model.journey.JourneyStep;
import org.parley.model.journey.OpportunityStatus;
import org.parley.model.journey.Priority;
import org.parley.model.InteractionType;
import org.parley.model.OwningFunction;

/**
 * A large journey for benchmarks: stages of 20 steps, the built-in lanes plus custom ones up to the
 * asked number, every card lane filled.
 */
public final class BenchJourney {

    private BenchJourney() {
    }

    public static JourneyMap build(int steps, int lanes) {
        JourneyMap map = JourneyMap.named("Benchmark journey, " + steps + " steps");
        List<JourneyLane> all = new ArrayList<>(map.lanes());
        while (all.size() < lanes) {
            all.add(JourneyLane.custom("Notes " + (all.size() + 1)));
        }
        map = map.withLanes(all.subList(0, lanes));
        List<JourneyStage> stages = new ArrayList<>();
        List<JourneyStep> current = new ArrayList<>();
        for (int s = 0; s < steps; s++) {
            current.add(step(map, s));
            if (current.size() == 20 || s == steps - 1) {
                stages.add(JourneyStage.named("Stage " + (stages.size() + 1)).withSteps(current));
                current = new ArrayList<>();
            }
        }
        return map.withStages(stages);
    }

    private static JourneyStep step(JourneyMap map, int s) {
        JourneyStep step = JourneyStep.named("Step " + (s + 1) + ": customer does something")
                .withEmotion(s % 5 - 2).withOwner(OwningFunction.values()[s % 3])
                .withInteractionType(InteractionType.values()[s % 4]);
        for (JourneyLane lane : map.lanes()) {
            if (!lane.kind().holdsCards()) {
                continue;
            }
            Card card = switch (lane.kind()) {
                case TOUCHPOINTS -> Card.touchpoint("Touchpoint " + s, InteractionType.B2C_PUBLIC, List.of("x"),
                        List.of("delivery"));
                case OPPORTUNITIES -> Card.opportunity("Opportunity " + s + " to make it better", "Service",
                        OpportunityStatus.IDEA, Priority.MEDIUM, List.of());
                default -> Card.text(lane.title() + " at step " + (s + 1) + ", a sentence of ordinary length");
            };
            step = step.withCards(lane.id(), List.of(card));
        }
        return step;
    }
}

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

import java.util.List;
import java.util.Map;

import org.parley.model.journey.Card;
import org.parley.model.journey.JourneyMap;
import org.parley.model.journey.JourneyStage;
import org.parley.model.journey.JourneyStep;
import org.parley.model.journey.LaneKind;
import org.parley.model.journey.OpportunityStatus;
import org.parley.model.journey.Priority;
import org.parley.model.InteractionType;
import org.parley.model.OwningFunction;

/** A small complaint journey to edit in tests. */
final class Journeys {

    static final String ACTIONS = LaneKind.CUSTOMER_ACTIONS.defaultLaneId();
    static final String TOUCHPOINTS = LaneKind.TOUCHPOINTS.defaultLaneId();
    static final String PAIN = LaneKind.PAIN_POINTS.defaultLaneId();
    static final String OPPORTUNITIES = LaneKind.OPPORTUNITIES.defaultLaneId();

    private Journeys() {
    }

    static JourneyMap complaint() {
        Card tweet = new Card("tp-tweet", "Tweet to @brand", null, List.of("x"), List.of("delivery"),
                InteractionType.B2C_PUBLIC, null, null, null, null);
        Card pain = new Card("pain-wait", "Nine hours without an answer", null, null, null, null, null, null, null,
                null);
        Card idea = Card.opportunity("Answer public complaints within one hour", "Service", OpportunityStatus.PLANNED,
                Priority.HIGH, List.of("pain-wait")).withId("opp-hour");
        JourneyStep notice = new JourneyStep("step-notice", "Parcel arrives damaged", -1, OwningFunction.SALES, null,
                Map.of(ACTIONS, List.of(new Card("act-open", "Opens the box", null, null, null, null, null, null,
                        null, null))));
        JourneyStep complain = new JourneyStep("step-tweet", "Complains on X", -2, OwningFunction.SERVICE,
                InteractionType.B2C_PUBLIC, Map.of(TOUCHPOINTS, List.of(tweet), PAIN, List.of(pain)));
        JourneyStep refund = new JourneyStep("step-refund", "Gets a refund by DM", 1, OwningFunction.SERVICE,
                InteractionType.B2C_PRIVATE, Map.of(OPPORTUNITIES, List.of(idea)));
        return JourneyMap.named("Damaged parcel complaint")
                .withStages(List.of(new JourneyStage("stage-aware", "Notice", List.of(notice)),
                        new JourneyStage("stage-complain", "Complain & resolve", List.of(complain, refund))));
    }
}

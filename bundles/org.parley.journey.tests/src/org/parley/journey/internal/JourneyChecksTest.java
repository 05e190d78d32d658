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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.parley.channels.Capability;
import org.parley.channels.ChannelConnector;
import org.parley.channels.SettingDescriptor;
import org.parley.journey.Finding;
import org.parley.model.journey.JourneyBuilder;
import org.parley.model.journey.JourneyMap;
import org.parley.model.journey.OpportunityStatus;
import org.parley.model.journey.Priority;
import org.parley.journey.Severity;
import org.parley.model.InteractionType;
import org.parley.model.OwningFunction;

/** The checks list what a planner must fix before showing the map to a client. */
class JourneyChecksTest {

    @Test
    void aHalfFinishedJourneyListsEachGapOnItsStep() {
        JourneyBuilder b = new JourneyBuilder("Half finished");
        b.stage("Seek help");
        b.step("Complains on X", -2, OwningFunction.SERVICE, InteractionType.C2C_OFF_SITE)
                .touchpoint("Public complaint", InteractionType.C2C_OFF_SITE, List.of("x"), List.of("outage"));
        String slow = b.pain("Nobody answers for hours");
        String canned = b.pain("Canned answers");
        b.opportunity("Answer within an hour", "Care lead", OpportunityStatus.PLANNED, Priority.HIGH, slow);
        b.step("Calls the hotline", -1, null, InteractionType.B2C_PRIVATE);
        b.stage("Afterwards");
        b.step("Reads the forum", 0, OwningFunction.MARKETING, InteractionType.C2C_ON_SITE)
                .touchpoint("Forum", InteractionType.C2C_ON_SITE, List.of("forum"), List.of());
        b.pain("Old threads are wrong");
        b.opportunity("Review old answers", "Community", OpportunityStatus.IDEA, Priority.LOW);
        JourneyMap map = b.build();

        PlanChecks checks = new PlanChecks();
        checks.addConnector(connector("x", Set.of("x")));
        List<Finding> findings = checks.check(map);

        String complains = map.steps().get(0).id();
        String calls = map.steps().get(1).id();
        String forumStep = map.steps().get(2).id();
        assertEquals(List.of("pain-point-without-opportunity@" + complains, "step-without-owner@" + calls,
                "step-without-touchpoint@" + calls, "channel-without-connector@" + forumStep),
                findings.stream().map(f -> f.code() + "@" + f.stepId()).toList());
        Finding unaddressed = findings.get(0);
        assertEquals(canned, unaddressed.cardId());
        assertTrue(unaddressed.message().contains("Canned answers"), unaddressed.message());
        assertEquals(Severity.ERROR, findings.get(1).severity());
        assertTrue(findings.get(3).message().contains("'forum'"), findings.get(3).message());
    }

    @Test
    void installingAConnectorClearsItsChannelFindings() {
        JourneyBuilder b = new JourneyBuilder("Forum only");
        b.stage("Consider").step("Asks the forum", 1, OwningFunction.MARKETING, null)
                .touchpoint("Forum", InteractionType.C2C_ON_SITE, List.of("forum"), List.of());
        JourneyMap map = b.build();
        PlanChecks checks = new PlanChecks();
        assertEquals(1, checks.check(map).size());
        ChannelConnector feed = connector("feed", Set.of("forum", "review"));
        checks.addConnector(feed);
        assertEquals(List.of(), checks.check(map));
        assertEquals(Set.of("forum", "review"), checks.connectedChannels());
        checks.removeConnector(feed);
        assertEquals(1, checks.check(map).size());
    }

    private static ChannelConnector connector(String id, Set<String> channels) {
        return new ChannelConnector() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String displayName() {
                return id;
            }

            @Override
            public String description() {
                return "test connector";
            }

            @Override
            public Set<String> channels() {
                return channels;
            }

            @Override
            public Set<Capability> capabilities() {
                return Set.of();
            }

            @Override
            public List<SettingDescriptor> settings() {
                return List.of();
            }
        };
    }
}

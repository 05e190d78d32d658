/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;
import org.parley.routing.internal.DefaultRoutingService;

/** Rules and policies are data: JSON in, JSON out, the same again; mistakes are named. */
class RoutingJsonTest {

    @Test
    void theDefaultRulesSurviveARoundTripUnchanged() {
        RoutingConfig defaults = new DefaultRoutingService().defaults();
        assertEquals(defaults, RoutingJson.read(RoutingJson.write(defaults)));
        assertEquals("everything-else", defaults.rules().get(defaults.rules().size() - 1).id(),
                "the defaults end with a catch-all, so every conversation lands in a queue");
        assertEquals("Escalations around the clock", defaults.policyFor("Escalations").orElseThrow().name());
        assertEquals("Standard", defaults.policyFor("Billing").orElseThrow().name());
    }

    @Test
    void durationsAreWrittenTheWayAPersonWouldType() {
        assertEquals(Duration.ofMinutes(90), RoutingJson.parseDuration("1h30m"));
        assertEquals(Duration.ofHours(26), RoutingJson.parseDuration("1d 2h"));
        assertEquals(Duration.ofHours(4), RoutingJson.parseDuration("PT4H"));
        assertEquals("1h30m", RoutingJson.formatDuration(Duration.ofMinutes(90)));
        assertEquals("45m", RoutingJson.formatDuration(Duration.ofMinutes(45)));
        assertEquals("24h", RoutingJson.formatDuration(Duration.ofDays(1)));
    }

    @Test
    void aPolicyOpenUntilMidnightIsWrittenAsTwentyFourHundred() {
        RoutingConfig config = RoutingJson.read("""
                {"sla": [{"name": "Late", "zone": "Europe/Dublin", "days": ["sat", "Sunday"], "from": "12:00",
                  "to": "24:00", "firstReply": {"normal": "2h"}}]}""");
        SlaPolicy late = config.policies().get(0);
        assertEquals(LocalTime.MIDNIGHT, late.hours().to());
        assertEquals(2, late.hours().days().size());
        assertTrue(RoutingJson.write(config).contains("\"to\" : \"24:00\""), RoutingJson.write(config));
    }

    @Test
    void mistakesNameTheRuleAndTheField() {
        assertEquals(
                "rule 'vip': 'when': unknown field 'vipp' (expected one of [actions, channels, customerTags, "
                        + "influence, keywords, sentiment, topics, types, vip])",
                error("""
                        {"rules": [{"id": "vip", "when": {"vipp": true}, "target": {"team": "A"}}]}"""));
        assertEquals("rule 'x': unknown priority 'asap' (urgent, high, normal or low)", error("""
                {"rules": [{"id": "x", "target": {"team": "A", "priority": "asap"}}]}"""));
        assertEquals("rule 'x': 'target' needs exactly one of 'team' or 'person'", error("""
                {"rules": [{"id": "x", "target": {"team": "A", "person": "B"}}]}"""));
        assertEquals("two rules have the id 'x'", error("""
                {"rules": [{"id": "x", "target": {"team": "A"}}, {"id": "x", "target": {"team": "B"}}]}"""));
        assertEquals("SLA policy 'S': bad duration 'soon' (use e.g. 4h, 30m, 1d, 1h30m)", error("""
                {"sla": [{"name": "S", "firstReply": {"high": "soon"}}]}"""));
        assertEquals("SLA policy 'S': Unknown time-zone ID: Mars/Olympus", error("""
                {"sla": [{"name": "S", "zone": "Mars/Olympus"}]}"""));
        assertEquals("rule 'x': range minimum 80.0 is above its maximum 20.0", error("""
                {"rules": [{"id": "x", "when": {"influence": {"min": 80, "max": 20}}, "target": {"team": "A"}}]}"""));
        assertTrue(error("{\"rules\": [").startsWith("not valid JSON"));
    }

    private static String error(String json) {
        return assertThrows(IllegalArgumentException.class, () -> RoutingJson.read(json)).getMessage();
    }
}

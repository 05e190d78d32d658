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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Rules match on what analytics and the channel know about a message, in order, and say why. */
class RuleEngineTest {

    private static final Instant MONDAY = Instant.parse("2026-11-16T09:30:00Z");

    private static MessageFacts tweet(String text, MessageFacts.Labels labels, String... customerTags) {
        return new MessageFacts(1, 1, "x", MONDAY, text, List.of(customerTags), labels);
    }

    private static MessageFacts.Labels complaint(double sentiment, int influence) {
        return new MessageFacts.Labels(Set.of("complaint"), sentiment < -0.05 ? "negative" : "neutral", sentiment,
                "reply", influence);
    }

    private static final RoutingConfig RULES = RoutingJson
            .read("""
                         {"rules": [
                           {"id": "urgent", "when": {"actions": ["urgent"]},
                    "target": {"team": "Escalations", "priority": "urgent"}},
                           {"id": "influencer", "name": "Loud complaints",
                            "when": {"types": ["complaint"], "influence": {"min": 60}, "sentiment": {"max": -0.3}},
                            "target": {"team": "Social care", "priority": "high"}},
                           {"id": "vip", "when": {"vip": true}, "target": {"person": "Grace", "priority": "high"}},
                           {"id": "refunds",
                    "when": {"keywords": {"any": ["refund", "money back"]}, "channels": ["x", "email"]},
                            "target": {"team": "Billing"}},
                           {"id": "off", "enabled": false, "when": {}, "target": {"team": "Nobody"}},
                           {"id": "rest", "target": {"team": "Customer care", "priority": "low"}}
                         ]}""");

    @Test
    void anAngryComplaintFromAnAuthorWithFiftyThousandFollowersGoesToSocialCare() {
        RuleCheck check = RuleEngine.firstMatch(RULES.rules(), tweet("Broken AGAIN. Unacceptable.",
                complaint(-0.8, 78))).orElseThrow();
        assertEquals("influencer", check.rule().id());
        assertEquals(Target.team("Social care", Priority.HIGH), check.rule().target());
        assertEquals("rule 'influencer' matched: type [complaint] one of [complaint]; sentiment score -0.8 in ..-0.3; "
                + "influence 78 in 60..", check.explanation());
    }

    @Test
    void aMessageAboutAnOutageGoesToTheNetworkTeamWhateverItsWordsAndTheRuleSurvivesJson() {
        RoutingConfig rules = RoutingJson.read(RoutingJson.write(RoutingJson.read("""
                {"rules": [
                  {"id": "network", "when": {"topics": ["Outage", "speed"], "channels": ["x"]},
                   "target": {"team": "Network", "priority": "high"}},
                  {"id": "rest", "target": {"team": "Customer care"}}
                ]}""")));
        assertEquals(List.of("outage", "speed"), rules.rules().get(0).when().topics());
        MessageFacts.Labels outage = new MessageFacts.Labels(Set.of("complaint"), "negative", -0.4, "reply", 10,
                Set.of("outage", "equipment"));
        RuleCheck check = RuleEngine.firstMatch(rules.rules(), tweet("third evening in a row", outage)).orElseThrow();
        assertEquals("network", check.rule().id());
        assertEquals("rule 'network' matched: channel x one of [x]; topics [equipment, outage] include one of "
                + "[outage, speed]", check.explanation());
        MessageFacts.Labels billing = new MessageFacts.Labels(Set.of("complaint"), "negative", -0.4, "reply", 10,
                Set.of("billing"));
        assertEquals("rest", RuleEngine.firstMatch(rules.rules(), tweet("down again", billing)).orElseThrow().rule()
                .id(), "the topic decides, not a word of the text");
        assertEquals("rest", RuleEngine.firstMatch(rules.rules(), tweet("no internet", complaint(-0.4, 10)))
                .orElseThrow().rule().id(), "a message about no topic");
    }

    @Test
    void theFirstMatchingRuleWinsSoAnUrgentThreatBeatsEverythingBelowIt() {
        MessageFacts.Labels urgent = new MessageFacts.Labels(Set.of("complaint"), "negative", -0.9, "urgent", 90);
        assertEquals("urgent", RuleEngine.firstMatch(RULES.rules(), tweet("my lawyer will call", urgent, "vip"))
                .orElseThrow().rule().id());
    }

    @Test
    void aQuietComplaintFromAVipGoesToTheirPersonalQueue() {
        RuleCheck check = RuleEngine.firstMatch(RULES.rules(), tweet("Could be better", complaint(-0.1, 10), "VIP"))
                .orElseThrow();
        assertEquals(Target.person("Grace", Priority.HIGH), check.rule().target());
        assertEquals("rule 'vip' matched: customer is a VIP", check.explanation());
    }

    @Test
    void keywordsMatchWholeWordsInAnyCase() {
        assertEquals("refunds", RuleEngine.firstMatch(RULES.rules(), tweet("I want my MONEY BACK!", null))
                .orElseThrow().rule().id());
        assertEquals("rest", RuleEngine.firstMatch(RULES.rules(), tweet("refunded already, thanks", null))
                .orElseThrow().rule().id(), "'refunded' is not the word 'refund'");
        assertTrue(RuleEngine.hasWord("Réfund? Café au lait", "café"));
        assertFalse(RuleEngine.hasWord("cafés", "café"));
    }

    @Test
    void allKeywordsMustBePresentAndTheMissingOnesAreNamed() {
        RoutingRule both = RoutingJson.readRule("""
                {"id": "broken-delivery", "when": {"keywords": {"all": ["broken", "delivery"]}},
                 "target": {"team": "Logistics"}}""");
        RuleCheck miss = RuleEngine.check(both, tweet("the box arrived broken", null));
        assertFalse(miss.matched());
        assertEquals("rule 'broken-delivery' did not match: not: text lacks ['delivery']", miss.explanation());
        assertTrue(RuleEngine.check(both, tweet("Delivery came broken", null)).matched());
    }

    @Test
    void conditionsOnClassificationDoNotMatchAnUnclassifiedMessage() {
        RuleCheck check = RuleEngine.check(RULES.rule("influencer").orElseThrow(), tweet("Broken again", null));
        assertFalse(check.matched());
        assertTrue(check.explanation().contains("not: type unknown (message not classified)"), check.explanation());
        assertEquals("rest", RuleEngine.firstMatch(RULES.rules(), tweet("Broken again", null)).orElseThrow().rule()
                .id(), "the catch-all takes it, and the disabled rule before it is skipped");
    }

    @Test
    void aDisabledRuleCanStillBeTriedOnItsOwn() {
        assertTrue(RuleEngine.check(RULES.rule("off").orElseThrow(), tweet("anything", null)).matched());
    }
}

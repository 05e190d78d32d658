/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.analytics.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.parley.analytics.ActionNeeded;
import org.parley.analytics.Aspect;
import org.parley.analytics.Classification;
import org.parley.analytics.MessageFacts;
import org.parley.analytics.MessageType;

/** The built-in chain on messages an agent would recognise, each verdict with its reason. */
class ChainTest {

    private static final Chain CHAIN = Chain.builtIn(Lexicon.load());

    private static Classification classify(String text) {
        return CHAIN.classify(text, MessageFacts.NONE);
    }

    @Test
    void aBrokenOrderWithAQuestionIsAComplaintAndAQuestionNeedingAReply() {
        Classification c = classify("My order #4411 arrived broken, again! Who do I talk to?");
        assertEquals(Set.of(MessageType.COMPLAINT, MessageType.QUESTION), c.types());
        assertEquals(ActionNeeded.REPLY, c.action());
        assertTrue(c.cues(Aspect.TYPE).stream().anyMatch(cue -> cue.text().contains("broken")), c.cues().toString());
    }

    @Test
    void praiseIsACompliment() {
        Classification c = classify("Huge thanks to the team, delivery was super fast and the packaging was lovely");
        assertEquals(Set.of(MessageType.COMPLIMENT), c.types());
        assertEquals(ActionNeeded.NONE, c.action());
    }

    @Test
    void outagesPleasToStopAndSarcasticThanksAreComplaintsButAForgottenPasswordIsNot() {
        assertTrue(classify("@Northwind my internet has been down since yesterday").is(MessageType.COMPLAINT));
        assertTrue(classify("Please stop calling me").is(MessageType.COMPLAINT));
        assertTrue(classify("thx for nothing").is(MessageType.COMPLAINT));
        assertEquals(Set.of(MessageType.OTHER), classify("I lost my password, I need help to recover it").types());
        assertTrue(classify("Can't believe how good the new update is!").sentimentScore() > 0);
    }

    @Test
    void questionsAreRecognisedByFormEvenWithoutAQuestionMark() {
        assertEquals(Set.of(MessageType.QUESTION), classify("how do I change my delivery address").types());
        assertEquals(Set.of(MessageType.QUESTION), classify("Hi, can you tell me the opening hours").types());
        assertEquals(Set.of(MessageType.OTHER), classify("I will pick up the parcel on Tuesday").types());
    }

    @Test
    void threatsAndDangerAreUrgentWithTheWordsThatMadeThemSo() {
        assertUrgent("If this isn't refunded by Friday I'm calling my lawyer", "legal threat");
        assertUrgent("The charger caught fire on my desk", "safety risk");
        assertUrgent("Cancel my account, I'm switching to another provider", "churn threat");
        assertUrgent("@CEO is this how you treat customers? Going to the press", "public escalation");
    }

    private static void assertUrgent(String text, String cue) {
        Classification c = classify(text);
        assertEquals(ActionNeeded.URGENT, c.action(), text);
        assertTrue(c.actionCue().startsWith(cue), c.actionCue());
    }

    @Test
    void influenceGrowsWithFollowersVerificationReachAndRepeatContactAndIsExplained() {
        Classification unknown = CHAIN.classify("hello", MessageFacts.NONE);
        Classification small = CHAIN.classify("hello", new MessageFacts("x", 120, false, 2, 0));
        Classification big = CHAIN.classify("hello", new MessageFacts("x", 52_000, true, 3_400, 3));
        assertEquals(0, unknown.influence());
        assertTrue(small.influence() > 0 && small.influence() < big.influence());
        assertTrue(big.influence() <= 100);
        assertTrue(big.influenceExplanation().contains("52,000 followers"), big.influenceExplanation());
        assertTrue(big.influenceExplanation().contains("verified"));
        assertTrue(big.influenceExplanation().contains("3 earlier messages"));
    }

    @Test
    void everyResultNamesTheClassifierAndVersionOfEachAspect() {
        Classification c = classify("Where is my parcel?");
        assertEquals("parley.sentiment@2.0", c.classifiers().get(Aspect.SENTIMENT).toString());
        assertEquals("parley.type@1.2", c.classifiers().get(Aspect.TYPE).toString());
        assertEquals("parley.action@1.1", c.classifiers().get(Aspect.ACTION).toString());
        assertEquals("parley.influence@1.0", c.classifiers().get(Aspect.INFLUENCE).toString());
    }
}

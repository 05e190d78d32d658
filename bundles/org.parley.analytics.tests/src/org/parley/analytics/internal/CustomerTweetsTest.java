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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.parley.analytics.Classification;
import org.parley.analytics.MessageFacts;
import org.parley.analytics.MessageType;
import org.parley.analytics.SentimentLabel;

/** Messages written to brands, read as the brand's agent would read them. */
class CustomerTweetsTest {

    private static final Lexicon LEXICON = Lexicon.load();
    private static final Chain CHAIN = Chain.builtIn(LEXICON);
    private final SentimentRules rules = new SentimentRules(LEXICON);

    private static Classification classify(String text) {
        return CHAIN.classify(text, MessageFacts.NONE);
    }

    private static String explanation(Classification c) {
        return c.cues().toString();
    }

    private static boolean has(Classification c, String feature) {
        return c.cues().stream().anyMatch(q -> q.feature().equals(feature));
    }

    /** A grievance without any opinion word in the lexicon is negative all the same. */
    @Test
    void aGrievanceTheLexiconCannotSeeIsNegative() {
        Classification c = classify("the engineer was meant to come on Monday, third time this month");
        assertEquals(SentimentLabel.NEGATIVE, c.sentimentLabel(), explanation(c));
        assertTrue(has(c, "rule:grievance"), explanation(c));
        assertTrue(c.types().contains(MessageType.COMPLAINT), explanation(c));
    }

    /** A span of time with a wait or a failure is a grievance; a span alone is not. */
    @Test
    void aWaitIsAGrievanceButATimeSpanAloneIsNot() {
        for (String text : List.of("the delivery is 3 days late", "waited two hours at the counter")) {
            Classification c = classify(text);
            assertTrue(c.types().contains(MessageType.COMPLAINT), text + ": " + explanation(c));
            assertEquals(SentimentLabel.NEGATIVE, c.sentimentLabel(), text + ": " + explanation(c));
            assertTrue(explanation(c).contains("of waiting"), explanation(c));
        }
        for (String text : List.of("We open at 9 for 2 hours", "Is the delivery late?")) {
            Classification c = classify(text);
            assertFalse(c.types().contains(MessageType.COMPLAINT), text + ": " + explanation(c));
            assertEquals(SentimentLabel.NEUTRAL, c.sentimentLabel(), text + ": " + explanation(c));
        }
    }

    @Test
    void sarcasticThanksWithALostOrderIsANegativeComplaint() {
        Classification c = classify("@BestBuySupport thanks for nothing, lost my order again");
        assertEquals(SentimentLabel.NEGATIVE, c.sentimentLabel(), explanation(c));
        assertTrue(c.types().contains(MessageType.COMPLAINT), explanation(c));
        assertTrue(explanation(c).contains("sarcastic"), explanation(c));
        assertFalse(explanation(c).contains("'lost' +"), "'nothing' does not negate 'lost': " + explanation(c));
    }

    @Test
    void thanksALotFollowedByAGrievanceIsSarcasticButPlainThanksArePraise() {
        assertEquals(SentimentLabel.NEGATIVE, classify("thanks a lot, my parcel is lost and damaged").sentimentLabel());
        Classification thanks = classify("Thanks a lot, that fixed it");
        assertEquals(SentimentLabel.POSITIVE, thanks.sentimentLabel(), explanation(thanks));
    }

    @Test
    void handlesAreNamesNotWords() {
        assertEquals(0, rules.score("@united my flight to Denver").score(), 1e-9);
        assertEquals(0, rules.score("@joy when is my delivery").score(), 1e-9);
        assertTrue(rules.score("@united my flight to Denver").evidence().stream()
                .noneMatch(e -> e.feature().equals("word:united")));
        assertEquals(SentimentLabel.POSITIVE, SentimentLabel.of(rules.score("united we stand, joy").score()),
                "the words themselves still count");
    }

    @Test
    void hashtagsAreSplitIntoWordsAndUrlsIgnored() {
        assertEquals(List.of("never", "again", "delayed"), Tokens.words("#NeverAgain delayed"));
        assertEquals(List.of("epic", "fail", "see"), Tokens.words("#EpicFail see https://t.co/x1Yz"));
        assertEquals(List.of("@btcare", "down", "again"), Tokens.words("@BTCare down again www.bt.com/status"));
        assertTrue(rules.score("#fail").score() < 0, "a hashtag's word has its sentiment");
        assertEquals(0, rules.score("https://t.co/aWesOmE").score(), 1e-9, "a URL says nothing");
    }

    @Test
    void factualGrievancesAreNegativeComplaints() {
        for (String text : List.of("engineer never turned up, third time this month",
                "still no refund after 6 weeks")) {
            Classification c = classify(text);
            assertTrue(c.types().contains(MessageType.COMPLAINT), text + ": " + explanation(c));
            assertEquals(SentimentLabel.NEGATIVE, c.sentimentLabel(), text + ": " + explanation(c));
            assertTrue(has(c, "cues:complaint"), "the complaint names its phrases: " + explanation(c));
        }
    }

    @Test
    void aComplaintWithPositiveWordsSaysWhy() {
        Classification c = classify("Great phone, love it, but the charger stopped working");
        assertTrue(c.types().contains(MessageType.COMPLAINT), explanation(c));
        assertEquals(SentimentLabel.POSITIVE, c.sentimentLabel(), explanation(c));
        assertTrue(has(c, "rule:complaint-despite-positive"), explanation(c));
        assertTrue(explanation(c).contains("praise and a grievance"), explanation(c));
        Classification praise = classify("Great phone, love it, the charger works fine");
        assertFalse(praise.types().contains(MessageType.COMPLAINT), explanation(praise));
        assertFalse(has(praise, "rule:complaint-despite-positive"));
    }

    @Test
    void everyVerdictCarriesTheModelsViewAndTheLexiconCues() {
        Classification c = classify("The delivery was awful, two hours late");
        assertTrue(c.cues().stream().anyMatch(q -> q.feature().startsWith("word:awful")), explanation(c));
        assertTrue(c.cues().stream().anyMatch(q -> q.feature().startsWith("model")), explanation(c));
        assertTrue(explanation(c).contains("sentiment model 1 says"), explanation(c));
    }
}

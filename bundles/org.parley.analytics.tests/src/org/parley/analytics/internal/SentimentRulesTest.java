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

import org.junit.jupiter.api.Test;
import org.parley.analytics.SentimentLabel;

/** How the sentiment rules read social-media text, the way a reader would. */
class SentimentRulesTest {

    private static final Lexicon LEXICON = Lexicon.load();
    private final SentimentRules rules = new SentimentRules(LEXICON);

    private double score(String text) {
        return rules.score(text).score();
    }

    @Test
    void notGoodIsNegativeAndNotBadIsNotNegative() {
        assertTrue(score("The food is good") > 0.3);
        assertEquals(SentimentLabel.NEGATIVE, SentimentLabel.of(score("The food is not good")));
        assertTrue(score("The food isn't bad") > score("The food is bad"));
    }

    @Test
    void negationsAndIntensifiersStayInTheirSentence() {
        assertEquals(SentimentLabel.NEGATIVE, SentimentLabel.of(score("Nobody answers. I will cancel")));
        assertEquals(SentimentLabel.POSITIVE, SentimentLabel.of(score("No wait at all. Good service")));
        assertTrue(score("It is not. Good food") > score("It is not good food"));
        assertEquals(score("I waited. Good food"), score("I waited extremely. Good food"), 1e-9);
    }

    @Test
    void intensifiersAndCapsAndExclamationsMakeItStrongerDampenersWeaker() {
        assertTrue(score("The service was very good") > score("The service was good"));
        assertTrue(score("The service was slightly good") < score("The service was good"));
        assertTrue(score("The service was GOOD today") > score("The service was good today"));
        assertTrue(score("The service was good!!!") > score("The service was good"));
        assertTrue(score("This is awful!!") < score("This is awful"));
    }

    @Test
    void aBareAcknowledgementIsNeutralButOneWithThanksOrASmileyIsNot() {
        for (String ack : java.util.List.of("ok", "Okay.", "OK!", "yes", "got it", "noted", "sure")) {
            assertEquals(SentimentLabel.NEUTRAL, SentimentLabel.of(score(ack)), ack);
        }
        assertEquals(SentimentLabel.POSITIVE, SentimentLabel.of(score("ok thanks")));
        assertEquals(SentimentLabel.POSITIVE, SentimentLabel.of(score("ok :)")));
        assertEquals(SentimentLabel.POSITIVE, SentimentLabel.of(score("The food was ok")));
    }

    @Test
    void whatComesAfterButWeighsMore() {
        assertEquals(SentimentLabel.NEGATIVE, SentimentLabel.of(score("The staff were nice but the food was awful")));
        assertEquals(SentimentLabel.POSITIVE, SentimentLabel.of(score("The food was awful but the staff were lovely")));
    }

    @Test
    void emoticonsEmojiAndSlangCarrySentiment() {
        assertEquals(SentimentLabel.POSITIVE, SentimentLabel.of(score("order arrived :)")));
        assertEquals(SentimentLabel.NEGATIVE, SentimentLabel.of(score("order arrived :(")));
        assertEquals(SentimentLabel.NEGATIVE, SentimentLabel.of(score("order arrived \uD83D\uDE20")));
        assertEquals(SentimentLabel.POSITIVE, SentimentLabel.of(score("luv the new app")));
        assertTrue(rules.score("order arrived \uD83D\uDE20").evidence().stream()
                .anyMatch(e -> e.text().contains("angry face")), "the emoji is explained");
    }

    @Test
    void aNeutralStatementStaysNeutralAndScoresStayInRange() {
        assertEquals(SentimentLabel.NEUTRAL, SentimentLabel.of(score("The parcel is at the depot")));
        double extreme = score("WORST WORST WORST horrible awful terrible disgusting!!!!!");
        assertTrue(extreme >= -1 && extreme < -0.9, "score " + extreme);
    }

    @Test
    void theBaselineIgnoresNegationWhichTheRulesDoNot() {
        BaselineSentiment baseline = new BaselineSentiment(LEXICON);
        assertTrue(baseline.score("not good") > 0, "the plain lexicon sum reads 'not good' as good");
        assertTrue(score("not good") < 0);
    }
}

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

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.parley.analytics.ClassificationDraft;
import org.parley.analytics.ClassifierId;
import org.parley.analytics.MessageFacts;
import org.parley.analytics.MessageType;
import org.parley.analytics.SentimentLabel;

/**
 * The shape of a verdict: what a message no classifier claimed looks like, and the label
 * thresholds.
 */
class ClassificationDraftTest {

    @Test
    void aMessageNoClassifierClaimedIsOtherAndNeutral() {
        var result = new ClassificationDraft("hello", MessageFacts.NONE).build();
        assertEquals(Set.of(MessageType.OTHER), result.types());
        assertEquals(SentimentLabel.NEUTRAL, result.sentimentLabel());
    }

    @Test
    void scoresWithinFiveHundredthsOfZeroAreNeutral() {
        assertEquals(SentimentLabel.NEUTRAL, SentimentLabel.of(0.049));
        assertEquals(SentimentLabel.POSITIVE, SentimentLabel.of(0.05));
        assertEquals(SentimentLabel.NEGATIVE, SentimentLabel.of(-0.05));
    }

    @Test
    void aComplaintThatAsksIsNotAlsoOther() {
        var draft = new ClassificationDraft("why is it broken?", MessageFacts.NONE);
        draft.setTypes(new ClassifierId("test", "1"), Set.of(MessageType.COMPLAINT, MessageType.QUESTION,
                MessageType.OTHER));
        assertEquals("complaint,question", draft.build().typeKeys());
    }
}

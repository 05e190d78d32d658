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

import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.parley.analytics.Aspect;
import org.parley.analytics.ClassificationDraft;
import org.parley.analytics.ClassifierId;
import org.parley.analytics.Cue;
import org.parley.analytics.MessageClassifier;

/** Parley's sentiment: {@link SentimentRules} on the shipped VADER lexicon. */
@Component(service = MessageClassifier.class)
public final class SentimentClassifier implements MessageClassifier {

    static final ClassifierId ID = new ClassifierId("parley.sentiment", "1.3");

    private final SentimentRules rules;

    public SentimentClassifier() {
        this(Lexicon.load());
    }

    SentimentClassifier(Lexicon lexicon) {
        this.rules = new SentimentRules(lexicon);
    }

    @Override
    public ClassifierId id() {
        return ID;
    }

    @Override
    public Set<Aspect> aspects() {
        return Set.of(Aspect.SENTIMENT);
    }

    @Override
    public void classify(ClassificationDraft draft) {
        SentimentRules.Result result = rules.score(draft.text());
        draft.setSentiment(ID, result.score());
        for (SentimentRules.Evidence e : result.evidence()) {
            draft.addCue(new Cue(ID, Aspect.SENTIMENT, e.feature(), e.weight(), e.text()));
        }
    }
}

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

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.parley.analytics.Aspect;
import org.parley.analytics.ClassificationDraft;
import org.parley.analytics.ClassifierId;
import org.parley.analytics.Cue;
import org.parley.analytics.MessageClassifier;
import org.parley.analytics.MessageFacts;

/**
 * Influence 0–100 from what the channel knows: followers on a log scale (up to 50 points at ten
 * million), a verified author (15), the post's reach on a log scale (up to 20 at a hundred
 * thousand) and repeat contact (5 per earlier message, up to 15). Each part is explained.
 */
@Component(service = MessageClassifier.class)
public final class InfluenceClassifier implements MessageClassifier {

    static final ClassifierId ID = new ClassifierId("parley.influence", "1.0");

    @Override
    public ClassifierId id() {
        return ID;
    }

    @Override
    public Set<Aspect> aspects() {
        return Set.of(Aspect.INFLUENCE);
    }

    @Override
    public void classify(ClassificationDraft draft) {
        MessageFacts facts = draft.facts();
        List<String> parts = new ArrayList<>();
        double score = 0;
        if (facts.followers() != null && facts.followers() > 0) {
            double points = Math.min(50, 50 * Math.log10(facts.followers() + 1.0) / 7);
            score += points;
            parts.add(part(draft, "followers", points, String.format(java.util.Locale.ROOT, "%,d followers",
                    facts.followers())));
        }
        if (facts.verified()) {
            score += 15;
            parts.add(part(draft, "verified", 15, "verified author"));
        }
        if (facts.reach() != null && facts.reach() > 0) {
            double points = Math.min(20, 20 * Math.log10(facts.reach() + 1.0) / 5);
            score += points;
            parts.add(part(draft, "reach", points, "reached " + facts.reach() + " people"));
        }
        if (facts.earlierContacts() > 0) {
            double points = Math.min(15, 5.0 * facts.earlierContacts());
            score += points;
            parts.add(part(draft, "repeat", points, facts.earlierContacts() + " earlier messages"));
        }
        String explanation = parts.isEmpty() ? "nothing known about the author's reach" : String.join(" + ", parts);
        draft.setInfluence(ID, (int) Math.round(score), explanation);
    }

    private static String part(ClassificationDraft draft, String feature, double points, String what) {
        String text = what + " (" + Math.round(points) + ")";
        draft.addCue(new Cue(ID, Aspect.INFLUENCE, "fact:" + feature, points, text));
        return text;
    }
}

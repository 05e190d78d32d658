/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.analytics;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The verdicts on one message with the cues that produced them and the classifiers that decided
 * each aspect.
 *
 * @param types
 *            one or more of question, complaint, compliment; {@code other} alone when none fits
 * @param sentimentScore
 *            −1 (very negative) … +1 (very positive)
 * @param sentimentLabel
 *            the score as a word ({@link SentimentLabel#of(double)} unless an agent corrected it)
 * @param action
 *            none, reply or urgent
 * @param actionCue
 *            why that action, e.g. {@code legal threat: "lawyer"}
 * @param influence
 *            0…100
 * @param influenceExplanation
 *            how the influence score was made, part by part
 * @param cues
 *            every reason, in the order the classifiers gave them
 * @param classifiers
 *            which classifier (id and version) decided each aspect
 * @param topics
 *            the ids of the workspace's topics the message is about, in the order of the topic set;
 *            empty when none fits
 */
public record Classification(Set<MessageType> types, double sentimentScore, SentimentLabel sentimentLabel,
        ActionNeeded action, String actionCue, int influence, String influenceExplanation, List<Cue> cues,
        Map<Aspect, ClassifierId> classifiers, List<String> topics) {

    public Classification {
        types = Set.copyOf(types);
        cues = List.copyOf(cues);
        classifiers = Map.copyOf(classifiers);
        topics = topics == null ? List.of() : List.copyOf(topics);
    }

    /** The same verdicts with other topics. */
    public Classification withTopics(List<String> newTopics) {
        return new Classification(types, sentimentScore, sentimentLabel, action, actionCue, influence,
                influenceExplanation, cues, classifiers, newTopics);
    }

    public boolean is(MessageType type) {
        return types.contains(type);
    }

    /** The cues of one aspect. */
    public List<Cue> cues(Aspect aspect) {
        return cues.stream().filter(c -> c.aspect() == aspect).toList();
    }

    /** The types as sorted keys: {@code complaint,question}. */
    public String typeKeys() {
        return String.join(",", types.stream().map(MessageType::key).sorted().toList());
    }
}

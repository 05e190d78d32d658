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

/**
 * What a message is about: the topics whose keywords or phrases it contains (any number), each
 * explained by what was found ("topic: outage from 'no internet', 'down again'"); a topic found
 * only negated ("not down") is not given, and the cue says so. Without a workspace it matches the
 * shipped topic set; the classification service matches a workspace's own current set instead.
 */
@Component(service = MessageClassifier.class)
public final class TopicClassifier implements MessageClassifier {

    static final ClassifierId ID = new ClassifierId("parley.topics", "1");

    private final TopicMatcher shipped = new TopicMatcher(ShippedTopics.get());

    @Override
    public ClassifierId id() {
        return ID;
    }

    @Override
    public Set<Aspect> aspects() {
        return Set.of(Aspect.TOPIC);
    }

    @Override
    public void classify(ClassificationDraft draft) {
        apply(draft, shipped);
    }

    /** Sets the draft's topics from a topic set, replacing topic verdicts and cues made before. */
    static void apply(ClassificationDraft draft, TopicMatcher matcher) {
        draft.clearCues(Aspect.TOPIC);
        List<String> ids = new ArrayList<>();
        for (TopicMatcher.Found found : matcher.find(draft.text())) {
            String id = found.topic().id();
            if (found.matched()) {
                ids.add(id);
                draft.addCue(new Cue(ID, Aspect.TOPIC, "topic:" + id, found.cues().size(), id + " from "
                        + quoted(found.cues())));
            } else {
                draft.addCue(new Cue(ID, Aspect.TOPIC, "negated:" + id, 0, "not " + id + ": " + quoted(found
                        .negated()) + " negated"));
            }
        }
        draft.setTopics(ID, ids);
    }

    private static String quoted(List<String> texts) {
        return String.join(", ", texts.stream().map(t -> "'" + t + "'").toList());
    }
}

/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.analytics.internal.routing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parley.analytics.Classification;
import org.parley.analytics.ClassificationService;
import org.parley.analytics.MessageType;
import org.parley.routing.MessageFacts;
import org.parley.routing.MessageLabeler;
import org.parley.store.Store;

/**
 * Gives routing the analytics verdicts: the stored classification of a message (agents' corrections
 * included). Stored messages not classified yet are classified and stored first, with their
 * authors' facts (followers, verified, reach, earlier contacts); a message that is not stored is
 * classified from its text on the spot.
 */
@Component(service = MessageLabeler.class)
public final class AnalyticsLabeler implements MessageLabeler {

    private final ClassificationService classification;

    @Activate
    public AnalyticsLabeler(@Reference ClassificationService classification) {
        this.classification = classification;
    }

    @Override
    public Map<Long, MessageFacts.Labels> labels(Store store, List<MessageFacts> messages) {
        List<Long> ids = new ArrayList<>();
        for (MessageFacts m : messages) {
            if (m.interactionId() > 0) {
                ids.add(m.interactionId());
            }
        }
        Map<Long, Classification> stored = ids.isEmpty() ? Map.of() : classification.get(store, ids);
        if (stored.size() < ids.size()) {
            // stored messages not classified yet (a fresh import): classify and store them, with their facts
            classification.classifyStored(store, false, new NullProgressMonitor());
            stored = classification.get(store, ids);
        }
        Map<Long, MessageFacts.Labels> labels = new HashMap<>(messages.size() * 2);
        for (MessageFacts m : messages) {
            Classification c = stored.get(m.interactionId());
            if (c == null) {
                c = classification.classify(store, m.text(), null);
            }
            labels.put(m.interactionId(), labels(c));
        }
        return labels;
    }

    static MessageFacts.Labels labels(Classification c) {
        Set<String> types = c.types().stream().map(MessageType::key).collect(Collectors.toSet());
        return new MessageFacts.Labels(types, c.sentimentLabel().key(), c.sentimentScore(), c.action().key(),
                c.influence(), Set.copyOf(c.topics()));
    }
}

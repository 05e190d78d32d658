/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.routing.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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
 * Routing's view of the analytics engine: the stored classification of a message (with agents'
 * corrections), or, for a message not classified yet, the workspace's classification of its text.
 */
@Component(service = MessageLabeler.class)
public final class AnalyticsLabeler implements MessageLabeler {

    private final ClassificationService analytics;

    @Activate
    public AnalyticsLabeler(@Reference ClassificationService analytics) {
        this.analytics = analytics;
    }

    @Override
    public Map<Long, MessageFacts.Labels> labels(Store store, List<MessageFacts> messages) {
        Set<Long> ids = messages.stream().map(MessageFacts::interactionId).filter(id -> id > 0)
                .collect(Collectors.toSet());
        Map<Long, Classification> stored = ids.isEmpty() ? Map.of() : analytics.get(store, ids);
        List<Long> missing = ids.stream().filter(id -> !stored.containsKey(id)).toList();
        Map<Long, org.parley.analytics.MessageFacts> authors = missing.isEmpty()
                ? Map.of()
                : store.query(connection -> authorFacts(connection, missing));
        Map<Long, MessageFacts.Labels> labels = new HashMap<>();
        for (MessageFacts message : messages) {
            Classification found = stored.get(message.interactionId());
            if (found == null) {
                found = analytics.classify(store, message.text(), authors.getOrDefault(message.interactionId(),
                        new org.parley.analytics.MessageFacts(message.channel(), null, false, null, 0)));
            }
            labels.put(message.interactionId(), labels(found));
        }
        return labels;
    }

    /** What the channel knows about the authors of messages not classified yet, for their influence. */
    private static Map<Long, org.parley.analytics.MessageFacts> authorFacts(Connection connection, List<Long> ids)
            throws SQLException {
        Map<Long, org.parley.analytics.MessageFacts> facts = new HashMap<>();
        String marks = String.join(",", java.util.Collections.nCopies(ids.size(), "?"));
        try (PreparedStatement select = connection.prepareStatement("SELECT i.ID, i.CHANNEL, idn.FOLLOWERS, "
                + "idn.VERIFIED, i.REACH, (SELECT COUNT(*) FROM INTERACTION e WHERE e.AUTHOR_ID = i.AUTHOR_ID "
                + "AND e.OCCURRED_AT < i.OCCURRED_AT) FROM INTERACTION i "
                + "LEFT JOIN CUSTOMER_IDENTITY idn ON idn.ID = i.AUTHOR_ID WHERE i.ID IN (" + marks + ")")) {
            for (int i = 0; i < ids.size(); i++) {
                select.setLong(i + 1, ids.get(i));
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    facts.put(rows.getLong(1), new org.parley.analytics.MessageFacts(rows.getString(2),
                            (Integer) rows.getObject(3), rows.getBoolean(4), (Integer) rows.getObject(5),
                            rows.getInt(6)));
                }
            }
        }
        return facts;
    }

    static MessageFacts.Labels labels(Classification c) {
        return new MessageFacts.Labels(c.types().stream().map(MessageType::key).collect(Collectors.toSet()),
                c.sentimentLabel().key(), c.sentimentScore(),
                c.action().key(), c.influence());
    }
}

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

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.parley.routing.MessageFacts;
import org.parley.routing.MessageLabeler;
import org.parley.store.Store;

/**
 * A small labeler for tests, standing in for the analytics bundle: complaint words make a negative
 * complaint, a question mark a question, "lawyer" an urgent action; influence grows with the
 * author's followers as stored.
 */
final class WordLabeler implements MessageLabeler {

    @Override
    public Map<Long, MessageFacts.Labels> labels(Store store, List<MessageFacts> messages) {
        Map<Long, MessageFacts.Labels> labels = new HashMap<>();
        for (MessageFacts message : messages) {
            String text = message.text().toLowerCase(Locale.ROOT);
            Set<String> types = new HashSet<>();
            boolean complaint = text.contains("broken") || text.contains("worst") || text.contains("lawyer");
            if (complaint) {
                types.add("complaint");
            }
            if (text.contains("?")) {
                types.add("question");
            }
            if (text.contains("thank")) {
                types.add("compliment");
            }
            String action = text.contains("lawyer") ? "urgent" : types.isEmpty() ? "none" : "reply";
            labels.put(message.interactionId(), new MessageFacts.Labels(types, complaint ? "negative" : "neutral",
                    complaint ? -0.7 : 0.0, action, influence(store, message.interactionId())));
        }
        return labels;
    }

    private static int influence(Store store, long interactionId) {
        return store.query(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT idn.FOLLOWERS FROM INTERACTION i "
                    + "JOIN CUSTOMER_IDENTITY idn ON idn.ID = i.AUTHOR_ID WHERE i.ID = ?")) {
                select.setLong(1, interactionId);
                try (ResultSet rows = select.executeQuery()) {
                    int followers = rows.next() ? rows.getInt(1) : 0;
                    return (int) Math.min(100, Math.round(20 * Math.log10(1 + followers)));
                }
            }
        });
    }
}

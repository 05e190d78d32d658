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

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.parley.analytics.MessageFacts;

/** Reads stored inbound interactions for classification: which need it, their texts and facts. */
final class StoredMessages {

    /** One message to classify. */
    record Message(long id, String text, MessageFacts facts) {
    }

    private record Contact(long id, long author, Timestamp at) {
    }

    private StoredMessages() {
    }

    /**
     * Inbound interactions without a classification or, unless {@code all}, with one by another chain.
     */
    static List<Long> candidates(Connection connection, boolean all, String chain) throws SQLException {
        String sql = "SELECT i.ID FROM INTERACTION i LEFT JOIN INTERACTION_CLASSIFICATION c ON c.INTERACTION_ID = i.ID"
                + " WHERE i.DIRECTION = 'INBOUND'" + (all ? "" : " AND (c.INTERACTION_ID IS NULL OR c.CHAIN <> ?)")
                + " ORDER BY i.ID";
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            if (!all) {
                select.setString(1, chain);
            }
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    /**
     * For each inbound interaction with an author, how many inbound ones that author sent before it.
     */
    static Map<Long, Integer> earlierContacts(Connection connection) throws SQLException {
        List<Contact> contacts = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT ID, AUTHOR_ID, OCCURRED_AT FROM "
                + "INTERACTION WHERE DIRECTION = 'INBOUND' AND AUTHOR_ID IS NOT NULL");
                ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                contacts.add(new Contact(rs.getLong(1), rs.getLong(2), rs.getTimestamp(3)));
            }
        }
        contacts.sort(Comparator.comparingLong(Contact::author).thenComparing(Contact::at)
                .thenComparingLong(Contact::id));
        Map<Long, Integer> earlier = new HashMap<>(contacts.size() * 2);
        long author = Long.MIN_VALUE;
        int count = 0;
        for (Contact contact : contacts) {
            count = contact.author() == author ? count + 1 : 0;
            author = contact.author();
            earlier.put(contact.id(), count);
        }
        return earlier;
    }

    /** The messages with these ids, with their facts. */
    static List<Message> load(Connection connection, List<Long> ids, Map<Long, Integer> earlier)
            throws SQLException {
        List<Message> messages = new ArrayList<>(ids.size());
        for (int from = 0; from < ids.size(); from += ClassificationTable.CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + ClassificationTable.CHUNK));
            String marks = String.join(", ", Collections.nCopies(chunk.size(), "?"));
            try (PreparedStatement select = connection.prepareStatement("SELECT i.ID, i.BODY, i.CHANNEL, i.REACH, "
                    + "a.FOLLOWERS, a.VERIFIED FROM INTERACTION i LEFT JOIN CUSTOMER_IDENTITY a ON a.ID = i.AUTHOR_ID "
                    + "WHERE i.ID IN (" + marks + ")")) {
                for (int i = 0; i < chunk.size(); i++) {
                    select.setLong(i + 1, chunk.get(i));
                }
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        long id = rs.getLong(1);
                        messages.add(new Message(id, rs.getString(2), facts(rs, earlier.getOrDefault(id, 0))));
                    }
                }
            }
        }
        return messages;
    }

    /** One message by id, inbound or not; null when there is none. */
    static Message one(Connection connection, long id, Map<Long, Integer> earlier) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT i.ID, i.BODY, i.CHANNEL, i.REACH, "
                + "a.FOLLOWERS, a.VERIFIED FROM INTERACTION i LEFT JOIN CUSTOMER_IDENTITY a ON a.ID = i.AUTHOR_ID "
                + "WHERE i.ID = ?")) {
            select.setLong(1, id);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? new Message(id, rs.getString(2), facts(rs, earlier.getOrDefault(id, 0))) : null;
            }
        }
    }

    private static MessageFacts facts(ResultSet rs, int earlier) throws SQLException {
        int reach = rs.getInt(4);
        Integer reachOrNull = rs.wasNull() ? null : reach;
        int followers = rs.getInt(5);
        Integer followersOrNull = rs.wasNull() ? null : followers;
        return new MessageFacts(rs.getString(3), followersOrNull, rs.getBoolean(6), reachOrNull, earlier);
    }
}

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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.parley.routing.MessageFacts;

/** Reads stored messages with what routing needs to know about them, in plain JDBC. */
final class MessageQuery {

    private static final String SELECT = "SELECT i.ID, i.CONVERSATION_ID, i.CHANNEL, i.DIRECTION, i.OCCURRED_AT, "
            + "i.BODY, COALESCE(c.TAGS, ac.TAGS) FROM INTERACTION i "
            + "LEFT JOIN CONVERSATION cv ON cv.ID = i.CONVERSATION_ID "
            + "LEFT JOIN CUSTOMER c ON c.ID = cv.CUSTOMER_ID "
            + "LEFT JOIN CUSTOMER_IDENTITY idn ON idn.ID = i.AUTHOR_ID "
            + "LEFT JOIN CUSTOMER ac ON ac.ID = idn.CUSTOMER_ID ";

    private static final String UNROUTED = "NOT EXISTS (SELECT 1 FROM ROUTING_ASSIGNMENT a "
            + "WHERE a.CONVERSATION_ID = cv.ID)";

    /** A stored message and whether a customer sent it (inbound) or the brand did. */
    record Message(MessageFacts facts, boolean inbound) {
    }

    private MessageQuery() {
    }

    /** The ids of conversations that have a customer message and no assignment, in id order. */
    static List<Long> unroutedConversations(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT cv.ID FROM CONVERSATION cv WHERE "
                + UNROUTED + " AND EXISTS (SELECT 1 FROM INTERACTION i WHERE i.CONVERSATION_ID = cv.ID "
                + "AND i.DIRECTION = 'INBOUND') ORDER BY cv.ID"); ResultSet rows = select.executeQuery()) {
            List<Long> ids = new ArrayList<>();
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
            return ids;
        }
    }

    /**
     * Every message of the unrouted conversations with ids from {@code first} to {@code last}, in time
     * order.
     */
    static List<Message> unroutedMessages(Connection connection, long first, long last) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SELECT + "WHERE i.CONVERSATION_ID BETWEEN ? AND ? "
                + "AND " + UNROUTED + " ORDER BY i.CONVERSATION_ID, i.OCCURRED_AT, i.ID")) {
            select.setLong(1, first);
            select.setLong(2, last);
            return read(select);
        }
    }

    /** The newest {@code limit} customer messages. */
    static List<Message> newestInbound(Connection connection, int limit) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SELECT + "WHERE i.DIRECTION = 'INBOUND' "
                + "ORDER BY i.OCCURRED_AT DESC, i.ID DESC")) {
            select.setMaxRows(limit);
            return read(select);
        }
    }

    private static List<Message> read(PreparedStatement select) throws SQLException {
        List<Message> messages = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                String tags = rows.getString(7);
                List<String> customerTags = tags == null || tags.isBlank()
                        ? List.of()
                        : Arrays.stream(tags.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
                MessageFacts facts = new MessageFacts(rows.getLong(1), rows.getLong(2), rows.getString(3),
                        rows.getTimestamp(5).toInstant(), rows.getString(6), customerTags, null);
                messages.add(new Message(facts, "INBOUND".equals(rows.getString(4))));
            }
        }
        return messages;
    }
}

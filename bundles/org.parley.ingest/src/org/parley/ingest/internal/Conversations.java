/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.ingest.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.parley.channels.InboundMessage;

/**
 * Puts messages into conversations: one per (channel, thread id); a message without a thread id
 * starts a conversation of its own, keyed by its external id, which later replies naming it as
 * their thread join. Known conversations are remembered for the run.
 */
final class Conversations {

    private static final String INSERT = "INSERT INTO CONVERSATION (ID, OPT_LOCK, CHANNEL, THREAD_KEY, SUBJECT, "
            + "STARTED_AT) VALUES (?, 1, ?, ?, ?, ?)";

    private record Key(String channel, String thread) {
    }

    private final Map<Key, Long> known = new HashMap<>();

    void forget() {
        known.clear();
    }

    static String threadOf(InboundMessage m) {
        return m.threadId() == null || m.threadId().isBlank() ? m.externalId() : m.threadId();
    }

    private static Map<Key, InboundMessage> firstByThread(List<InboundMessage> messages) {
        Map<Key, InboundMessage> first = new LinkedHashMap<>();
        for (InboundMessage m : messages) {
            first.putIfAbsent(new Key(m.channel(), Sql.cut(threadOf(m), 500)), m);
        }
        return first;
    }

    /** How many new conversations a batch needs. */
    int countNew(Connection connection, List<InboundMessage> messages) throws SQLException {
        Map<Key, InboundMessage> first = firstByThread(messages);
        lookUp(connection, first.keySet());
        return (int) first.keySet().stream().filter(k -> !known.containsKey(k)).count();
    }

    /** Stores the batch's new conversations; returns conversation ids by channel and thread. */
    Map<String, Long> resolve(Connection connection, List<InboundMessage> messages, IdSource ids)
            throws SQLException {
        Map<Key, InboundMessage> first = firstByThread(messages);
        lookUp(connection, first.keySet());
        List<Map.Entry<Key, InboundMessage>> fresh = first.entrySet().stream()
                .filter(e -> !known.containsKey(e.getKey())).toList();
        if (!fresh.isEmpty()) {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (Map.Entry<Key, InboundMessage> e : fresh) {
                    long id = ids.next();
                    insert.setLong(1, id);
                    insert.setString(2, e.getKey().channel());
                    insert.setString(3, e.getKey().thread());
                    insert.setString(4, Sql.cut(e.getValue().subject(), 500));
                    insert.setTimestamp(5, Sql.timestamp(e.getValue().occurredAt().toInstant()));
                    insert.addBatch();
                    known.put(e.getKey(), id);
                }
                insert.executeBatch();
            }
        }
        Map<String, Long> byThread = new HashMap<>();
        for (Key key : first.keySet()) {
            byThread.put(key.channel() + '\u0000' + key.thread(), known.get(key));
        }
        return byThread;
    }

    static String keyOf(InboundMessage m) {
        return m.channel() + '\u0000' + Sql.cut(threadOf(m), 500);
    }

    private void lookUp(Connection connection, Iterable<Key> keys) throws SQLException {
        PreparedStatement select = null;
        try {
            for (Key key : keys) {
                if (known.containsKey(key)) {
                    continue;
                }
                if (select == null) {
                    select = connection
                            .prepareStatement("SELECT ID FROM CONVERSATION WHERE CHANNEL = ? AND THREAD_KEY = ?");
                }
                select.setString(1, key.channel());
                select.setString(2, key.thread());
                try (ResultSet rs = select.executeQuery()) {
                    if (rs.next()) {
                        known.put(key, rs.getLong(1));
                    }
                }
            }
        } finally {
            if (select != null) {
                select.close();
            }
        }
    }
}

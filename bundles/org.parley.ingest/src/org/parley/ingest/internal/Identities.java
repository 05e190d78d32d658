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
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.parley.channels.Author;
import org.parley.channels.InboundMessage;

/**
 * Turns authors into identities: the same handle on the same channel is one identity, whose display
 * name, followers and last-seen time follow its newest message. Known identities are remembered for
 * the run, so a large import looks each author up once.
 */
final class Identities {

    static final int MAX_HANDLE = 320;

    private static final String INSERT = "INSERT INTO CUSTOMER_IDENTITY (ID, OPT_LOCK, CHANNEL, HANDLE, "
            + "DISPLAY_NAME, EMAIL, PHONE, FOLLOWERS, VERIFIED, LAST_SEEN) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String UPDATE = "UPDATE CUSTOMER_IDENTITY SET OPT_LOCK = OPT_LOCK + 1, "
            + "DISPLAY_NAME = COALESCE(?, DISPLAY_NAME), EMAIL = COALESCE(?, EMAIL), PHONE = COALESCE(?, PHONE), "
            + "FOLLOWERS = COALESCE(?, FOLLOWERS), VERIFIED = ?, LAST_SEEN = ? WHERE ID = ?";

    /** An identity known to be stored, with when it was last seen. */
    private static final class Known {
        final long id;
        Instant lastSeen;

        Known(long id, Instant lastSeen) {
            this.id = id;
            this.lastSeen = lastSeen;
        }
    }

    private record Key(String channel, String handle) {
    }

    private final Map<Key, Known> known = new HashMap<>();

    /** Forgets what the run learnt (after a rolled-back batch). */
    void forget() {
        known.clear();
    }

    /** The newest message of each author in a batch, by author. */
    private static Map<Key, InboundMessage> newestByAuthor(List<InboundMessage> messages) {
        Map<Key, InboundMessage> newest = new LinkedHashMap<>();
        for (InboundMessage m : messages) {
            newest.merge(new Key(m.channel(), m.author().handle()), m,
                    (a, b) -> b.occurredAt().toInstant().isAfter(a.occurredAt().toInstant()) ? b : a);
        }
        return newest;
    }

    /**
     * Stores new identities, updates the ones seen on a newer message, and returns each author's
     * identity id by (channel, handle) for the batch's messages.
     */
    Map<String, Long> resolve(Connection connection, List<InboundMessage> messages, IdSource ids)
            throws SQLException {
        Map<Key, InboundMessage> newest = newestByAuthor(messages);
        lookUp(connection, newest.keySet());
        List<Map.Entry<Key, InboundMessage>> fresh = new ArrayList<>();
        List<Map.Entry<Key, InboundMessage>> seenAgain = new ArrayList<>();
        for (Map.Entry<Key, InboundMessage> e : newest.entrySet()) {
            Known k = known.get(e.getKey());
            if (k == null) {
                fresh.add(e);
            } else if (k.lastSeen == null || e.getValue().occurredAt().toInstant().isAfter(k.lastSeen)) {
                seenAgain.add(e);
            }
        }
        insert(connection, fresh, ids);
        update(connection, seenAgain);
        Map<String, Long> byAuthor = new HashMap<>();
        for (Key key : newest.keySet()) {
            byAuthor.put(key.channel() + '\u0000' + key.handle(), known.get(key).id);
        }
        return byAuthor;
    }

    /** How many new identities a batch needs (for allocating ids at once). */
    int countNew(Connection connection, List<InboundMessage> messages) throws SQLException {
        Map<Key, InboundMessage> newest = newestByAuthor(messages);
        lookUp(connection, newest.keySet());
        return (int) newest.keySet().stream().filter(k -> !known.containsKey(k)).count();
    }

    private void lookUp(Connection connection, Iterable<Key> keys) throws SQLException {
        Map<String, List<String>> unknownByChannel = new HashMap<>();
        for (Key key : keys) {
            if (!known.containsKey(key)) {
                unknownByChannel.computeIfAbsent(key.channel(), c -> new ArrayList<>()).add(key.handle());
            }
        }
        if (unknownByChannel.isEmpty()) {
            return;
        }
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT HANDLE, ID, LAST_SEEN FROM CUSTOMER_IDENTITY WHERE CHANNEL = ? AND HANDLE IN "
                        + Sql.inMarks())) {
            for (Map.Entry<String, List<String>> channel : unknownByChannel.entrySet()) {
                for (List<String> chunk : Sql.chunks(channel.getValue())) {
                    select.setString(1, channel.getKey());
                    Sql.setChunk(select, 2, chunk);
                    try (ResultSet rs = select.executeQuery()) {
                        while (rs.next()) {
                            known.put(new Key(channel.getKey(), rs.getString(1)),
                                    new Known(rs.getLong(2), Sql.instant(rs.getTimestamp(3))));
                        }
                    }
                }
            }
        }
    }

    private void insert(Connection connection, List<Map.Entry<Key, InboundMessage>> fresh, IdSource ids)
            throws SQLException {
        if (fresh.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (Map.Entry<Key, InboundMessage> e : fresh) {
                long id = ids.next();
                Author a = e.getValue().author();
                Instant seen = e.getValue().occurredAt().toInstant();
                insert.setLong(1, id);
                insert.setString(2, e.getKey().channel());
                insert.setString(3, e.getKey().handle());
                insert.setString(4, Sql.cut(a.displayName(), 200));
                insert.setString(5, Sql.cut(a.email(), 320));
                insert.setString(6, Sql.cut(a.phone(), 40));
                Sql.setNullableInt(insert, 7, a.followers());
                insert.setBoolean(8, a.verified());
                insert.setTimestamp(9, Sql.timestamp(seen));
                insert.addBatch();
                known.put(e.getKey(), new Known(id, seen));
            }
            insert.executeBatch();
        }
    }

    private void update(Connection connection, List<Map.Entry<Key, InboundMessage>> seenAgain) throws SQLException {
        if (seenAgain.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(UPDATE)) {
            for (Map.Entry<Key, InboundMessage> e : seenAgain) {
                Known k = known.get(e.getKey());
                Author a = e.getValue().author();
                Instant seen = e.getValue().occurredAt().toInstant();
                update.setString(1, Sql.cut(a.displayName(), 200));
                update.setString(2, Sql.cut(a.email(), 320));
                update.setString(3, Sql.cut(a.phone(), 40));
                if (a.followers() == null) {
                    update.setNull(4, Types.INTEGER);
                } else {
                    update.setInt(4, a.followers());
                }
                update.setBoolean(5, a.verified());
                update.setTimestamp(6, Sql.timestamp(seen));
                update.setLong(7, k.id);
                update.addBatch();
                k.lastSeen = seen;
            }
            update.executeBatch();
        }
    }
}

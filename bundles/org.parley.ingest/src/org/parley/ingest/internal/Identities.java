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

    /** An identity known to be stored, with what is stored of it. */
    private static final class Known {
        final long id;
        Instant lastSeen;
        Author author;

        Known(long id, Instant lastSeen, Author author) {
            this.id = id;
            this.lastSeen = lastSeen;
            this.author = author;
        }

        /** Whether a newer message tells something new about the author beyond the time. */
        boolean changedBy(Author a) {
            return differs(a.displayName(), author.displayName()) || differs(a.email(), author.email())
                    || differs(a.phone(), author.phone()) || differs(a.followers(), author.followers())
                    || a.verified() != author.verified();
        }

        private static boolean differs(Object given, Object stored) {
            return given != null && !given.equals(stored);
        }
    }

    private record Key(String channel, String handle) {
    }

    private static final String TOUCH = "UPDATE CUSTOMER_IDENTITY SET LAST_SEEN = ? WHERE ID = ? "
            + "AND (LAST_SEEN IS NULL OR LAST_SEEN < ?)";

    private final Map<Key, Known> known = new HashMap<>();
    /**
     * Last-seen times that moved while nothing else about the author changed, written at the run's end.
     */
    private final Map<Long, Instant> seen = new HashMap<>();

    /** Forgets what the run learnt (after a rolled-back batch). */
    void forget() {
        known.clear();
        seen.clear();
    }

    /**
     * Writes the last-seen times that only moved. Deferred to the end of a run (and to every few
     * thousand authors) because a large archive would otherwise rewrite every author in every batch; a
     * run killed before the end leaves last-seen behind, never a message.
     */
    void writeSeen(Connection connection) throws SQLException {
        if (seen.isEmpty()) {
            return;
        }
        try (PreparedStatement touch = connection.prepareStatement(TOUCH)) {
            for (Map.Entry<Long, Instant> e : seen.entrySet()) {
                touch.setTimestamp(1, Sql.timestamp(e.getValue()));
                touch.setLong(2, e.getKey());
                touch.setTimestamp(3, Sql.timestamp(e.getValue()));
                touch.addBatch();
            }
            touch.executeBatch();
        }
        seen.clear();
    }

    /** Whether enough last-seen times are waiting to be written now. */
    boolean manySeen() {
        return seen.size() > 5_000;
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
            Instant at = e.getValue().occurredAt().toInstant();
            if (k == null) {
                fresh.add(e);
            } else if (k.lastSeen == null || at.isAfter(k.lastSeen)) {
                if (k.changedBy(e.getValue().author())) {
                    seenAgain.add(e);
                    seen.remove(k.id);
                } else {
                    k.lastSeen = at;
                    seen.put(k.id, at);
                }
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
        PreparedStatement select = null;
        try {
            for (Key key : keys) {
                if (known.containsKey(key)) {
                    continue;
                }
                if (select == null) {
                    select = connection.prepareStatement("SELECT ID, LAST_SEEN, DISPLAY_NAME, EMAIL, PHONE, "
                            + "FOLLOWERS, VERIFIED FROM CUSTOMER_IDENTITY WHERE CHANNEL = ? AND HANDLE = ?");
                }
                select.setString(1, key.channel());
                select.setString(2, key.handle());
                try (ResultSet rs = select.executeQuery()) {
                    if (rs.next()) {
                        int followers = rs.getInt(6);
                        Integer f = rs.wasNull() || followers < 0 ? null : followers;
                        Author stored = new Author(key.handle(), rs.getString(3), rs.getString(4), rs.getString(5), f,
                                rs.getBoolean(7));
                        known.put(key, new Known(rs.getLong(1), Sql.instant(rs.getTimestamp(2)), stored));
                    }
                }
            }
        } finally {
            if (select != null) {
                select.close();
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
                Instant at = e.getValue().occurredAt().toInstant();
                insert.setLong(1, id);
                insert.setString(2, e.getKey().channel());
                insert.setString(3, e.getKey().handle());
                insert.setString(4, Sql.cut(a.displayName(), 200));
                insert.setString(5, Sql.cut(a.email(), 320));
                insert.setString(6, Sql.cut(a.phone(), 40));
                Sql.setNullableInt(insert, 7, a.followers());
                insert.setBoolean(8, a.verified());
                insert.setTimestamp(9, Sql.timestamp(at));
                insert.addBatch();
                known.put(e.getKey(), new Known(id, at, a));
            }
            insert.executeBatch();
        }
    }

    /** What the store holds after an update with COALESCE: the new values where given. */
    private static Author merged(Author stored, Author given) {
        return new Author(stored.handle(), given.displayName() != null ? given.displayName() : stored.displayName(),
                given.email() != null ? given.email() : stored.email(),
                given.phone() != null ? given.phone() : stored.phone(),
                given.followers() != null ? given.followers() : stored.followers(), given.verified());
    }

    private void update(Connection connection, List<Map.Entry<Key, InboundMessage>> seenAgain) throws SQLException {
        if (seenAgain.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(UPDATE)) {
            for (Map.Entry<Key, InboundMessage> e : seenAgain) {
                Known k = known.get(e.getKey());
                Author a = e.getValue().author();
                Instant at = e.getValue().occurredAt().toInstant();
                update.setString(1, Sql.cut(a.displayName(), 200));
                update.setString(2, Sql.cut(a.email(), 320));
                update.setString(3, Sql.cut(a.phone(), 40));
                if (a.followers() == null) {
                    update.setNull(4, Types.INTEGER);
                } else {
                    update.setInt(4, a.followers());
                }
                update.setBoolean(5, a.verified());
                update.setTimestamp(6, Sql.timestamp(at));
                update.setLong(7, k.id);
                update.addBatch();
                k.lastSeen = at;
                k.author = merged(k.author, a);
            }
            update.executeBatch();
        }
    }
}

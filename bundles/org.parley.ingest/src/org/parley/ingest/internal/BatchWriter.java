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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.parley.channels.ChannelConnector;
import org.parley.channels.ExternalIdReuse;
import org.parley.channels.InboundMessage;
import org.parley.channels.QuarantineRecord;
import org.parley.ingest.IngestReport;
import org.parley.model.Interaction;

/**
 * Writes one batch in the caller's transaction: looks up which messages are stored already (by
 * channel and external id, with their content hash), inserts the new ones, updates the changed
 * ones, resolves authors and conversations, keeps the refused records and moves the checkpoint. All
 * of it commits together or not at all.
 */
final class BatchWriter {

    private static final String COLUMNS = "DIRECTION, AUTHOR_ID, OCCURRED_AT, BODY, PREVIEW, CONVERSATION_ID, "
            + "PARENT_EXTERNAL_ID, RAW_PAYLOAD, LANGUAGE, LINK, TAGS, REACH, CONTENT_HASH";
    static final String INSERT = "INSERT INTO INTERACTION (ID, OPT_LOCK, CHANNEL, EXTERNAL_ID, " + COLUMNS
            + ") VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String UPDATE = "UPDATE INTERACTION SET OPT_LOCK = OPT_LOCK + 1, "
            + COLUMNS.replace(",", " = ?,") + " = ? WHERE ID = ?";

    private record Stored(long id, String hash) {
    }

    /** What to do at the end of a batch with the checkpoint. */
    enum CheckpointMove {
        /** Leave it as it is. */
        KEEP,
        /** Set it to the batch's position. */
        MOVE,
        /** Delete it: the file was read to its end. */
        CLEAR
    }

    /**
     * A key this run already wrote or found: the hash stored before the run (null: none) and the hash
     * stored now.
     */
    private record Seen(String before, String now) {
    }

    private final Identities identities = new Identities();
    private final Conversations conversations = new Conversations();
    private final Collisions collisions;
    private final Map<Hashed.Key, Seen> seen;

    /**
     * A writer for deliveries that stand alone (pushed messages): each is compared with what is stored.
     */
    BatchWriter() {
        this(false);
    }

    /**
     * A writer for a run of messages of an {@link org.parley.channels.ExternalIdReuse#EDIT} connector.
     */
    BatchWriter(boolean oneRun) {
        this(oneRun, null);
    }

    /**
     * @param oneRun
     *            the batches are one run (a file, a folder, a pull): a key that comes again in the run
     *            (a file holding the same message twice) is counted once, its last occurrence wins, and
     *            the counts compare the run's end with what was stored before it, so importing the same
     *            file again reports duplicates, not updates (on an
     *            {@link org.parley.channels.ExternalIdReuse#EDIT} connector; on a COLLISION connector
     *            another message under the same id is {@link Collisions placed apart} and stored too)
     * @param connector
     *            the connector whose messages are written, which says what a reused external id means;
     *            null for EDIT
     */
    BatchWriter(boolean oneRun, ChannelConnector connector) {
        this.seen = oneRun ? new HashMap<>() : null;
        this.collisions = new Collisions(connector);
    }

    /** What a reused external id means for the messages this writer writes. */
    ExternalIdReuse reuse() {
        return collisions.reuse();
    }

    /** Forgets what the run learnt about stored identities and conversations (after a rollback). */
    void forget() {
        identities.forget();
        conversations.forget();
        if (seen != null) {
            seen.clear();
        }
    }

    /** Writes the last-seen times of authors still waiting (for a cancelled run). */
    void writeSeen(Connection connection) throws SQLException {
        identities.writeSeen(connection);
    }

    /** Writes a batch; returns what it did. */
    IngestReport write(Connection connection, List<Hashed> batch, List<QuarantineRecord> refused, Origin origin,
            CheckpointMove move, String position) throws SQLException {
        Counts counts = new Counts();
        Map<Hashed.Key, Hashed> latest = new LinkedHashMap<>();
        for (Hashed h : collisions.place(connection, batch)) {
            Hashed earlier = latest.put(h.key(), h);
            if (earlier != null && (seen != null || earlier.hash().equals(h.hash()))) {
                counts.duplicates++;
            } else if (earlier != null) {
                counts.updated++;
            }
        }
        Map<Hashed.Key, Stored> stored = lookUp(connection, latest.keySet());
        List<Hashed> inserts = new ArrayList<>();
        List<Hashed> updates = new ArrayList<>();
        for (Hashed h : latest.values()) {
            Stored s = stored.get(h.key());
            if (s != null && h.matches(s.hash())) {
                s = new Stored(s.id(), h.hash()); // the same message, hashed as an earlier version did
            }
            if (s == null) {
                inserts.add(h);
            } else if (!Objects.equals(s.hash(), h.hash())) {
                updates.add(h);
            }
            count(counts, h, s == null ? null : s.hash());
        }
        List<InboundMessage> written = new ArrayList<>();
        inserts.forEach(h -> written.add(h.message()));
        updates.forEach(h -> written.add(h.message()));
        int newIds = inserts.size() + identities.countNew(connection, written)
                + conversations.countNew(connection, written);
        IdSource ids = new IdSource(Sql.allocateIds(connection, newIds), newIds);
        Map<String, Long> authors = identities.resolve(connection, written, ids);
        Map<String, Long> threads = conversations.resolve(connection, written, ids);
        insert(connection, inserts, ids, authors, threads);
        update(connection, updates, stored, authors, threads);
        long quarantined = 0;
        for (QuarantineRecord record : refused) {
            quarantined += QuarantineTable.keep(connection, origin, record) ? 1 : 0;
        }
        if (move != CheckpointMove.MOVE || identities.manySeen()) {
            identities.writeSeen(connection);
        }
        switch (move) {
            case MOVE -> Checkpoints.write(connection, origin, position);
            case CLEAR -> Checkpoints.delete(connection, origin);
            default -> {
                // the checkpoint stays
            }
        }
        return new IngestReport(counts.added, counts.updated, counts.duplicates, quarantined);
    }

    /** A batch's counts; within a run a message's earlier count can be taken back. */
    private static final class Counts {
        long added;
        long updated;
        long duplicates;

        /** Adds (1) or takes back (-1) a message stored as {@code before} (null: none), now {@code now}. */
        void outcome(String before, String now, int sign) {
            if (before == null) {
                added += sign;
            } else if (Objects.equals(before, now)) {
                duplicates += sign;
            } else {
                updated += sign;
            }
        }
    }

    /** Counts a message found stored with {@code storedHash} (null: not stored). */
    private void count(Counts counts, Hashed h, String storedHash) {
        Seen before = seen == null ? null : seen.get(h.key());
        if (before == null) {
            counts.outcome(storedHash, h.hash(), 1);
            if (seen != null) {
                seen.put(h.key(), new Seen(storedHash, h.hash()));
            }
            return;
        }
        // again in this run: counted once, as the change from before the run to its last occurrence
        counts.duplicates++;
        counts.outcome(before.before(), before.now(), -1);
        counts.outcome(before.before(), h.hash(), 1);
        seen.put(h.key(), new Seen(before.before(), h.hash()));
    }

    /**
     * The stored id and hash of each key. One indexed point query per key: Derby cannot probe the
     * (CHANNEL, EXTERNAL_ID) index with an IN list on its second column and would scan the channel.
     */
    private static Map<Hashed.Key, Stored> lookUp(Connection connection, Iterable<Hashed.Key> keys)
            throws SQLException {
        Map<Hashed.Key, Stored> stored = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT ID, CONTENT_HASH FROM INTERACTION WHERE CHANNEL = ? AND EXTERNAL_ID = ?")) {
            for (Hashed.Key key : keys) {
                select.setString(1, key.channel());
                select.setString(2, key.externalId());
                try (ResultSet rs = select.executeQuery()) {
                    if (rs.next()) {
                        stored.put(key, new Stored(rs.getLong(1), rs.getString(2)));
                    }
                }
            }
        }
        return stored;
    }

    private static void insert(Connection connection, List<Hashed> inserts, IdSource ids, Map<String, Long> authors,
            Map<String, Long> threads) throws SQLException {
        if (inserts.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (Hashed h : inserts) {
                insert.setLong(1, ids.next());
                insert.setString(2, h.message().channel());
                insert.setString(3, h.message().externalId());
                bind(insert, 4, h, authors, threads);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void update(Connection connection, List<Hashed> updates, Map<Hashed.Key, Stored> stored,
            Map<String, Long> authors, Map<String, Long> threads) throws SQLException {
        if (updates.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(UPDATE)) {
            for (Hashed h : updates) {
                int next = bind(update, 1, h, authors, threads);
                update.setLong(next, stored.get(h.key()).id());
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    /** Binds {@link #COLUMNS} from {@code first} on; returns the next parameter index. */
    static int bind(PreparedStatement statement, int first, Hashed h, Map<String, Long> authors,
            Map<String, Long> threads) throws SQLException {
        InboundMessage m = h.message();
        int i = first;
        statement.setString(i++, m.direction().name());
        Sql.setNullableLong(statement, i++, authors.get(m.channel() + '\u0000' + m.author().handle()));
        statement.setTimestamp(i++, Sql.timestamp(m.occurredAt().toInstant()));
        statement.setString(i++, bodyOf(m));
        statement.setString(i++, Interaction.previewOf(bodyOf(m)));
        Sql.setNullableLong(statement, i++, threads.get(Conversations.keyOf(m)));
        statement.setString(i++, Sql.cut(m.parentId(), 500));
        statement.setBytes(i++, m.raw().length == 0 ? null : m.raw());
        statement.setString(i++, Sql.cut(m.language(), 20));
        String link = m.link() == null ? null : m.link().toString();
        statement.setString(i++, link != null && link.length() <= Interaction.LINK_LENGTH ? link : null);
        statement.setString(i++, Interaction.normalizeTags(m.tags()));
        Sql.setNullableInt(statement, i++, m.reach());
        statement.setString(i++, h.hash());
        return i;
    }

    /** The stored text (the subject is the conversation's). */
    private static String bodyOf(InboundMessage m) {
        return m.text();
    }
}

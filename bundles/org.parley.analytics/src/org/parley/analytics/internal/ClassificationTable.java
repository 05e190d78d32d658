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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.parley.analytics.ActionNeeded;
import org.parley.analytics.Aspect;
import org.parley.analytics.Classification;
import org.parley.analytics.ClassifierId;
import org.parley.analytics.SentimentLabel;

/** Reads and writes {@code INTERACTION_CLASSIFICATION} (schema 5) with plain JDBC, in batches. */
final class ClassificationTable {

    static final int CHUNK = 200;
    private static final int SCAN_ABOVE = 2000;
    private static final String COLUMNS = "INTERACTION_ID, TYPES, SENTIMENT_SCORE, SENTIMENT_LABEL, ACTION_NEEDED, "
            + "ACTION_CUE, INFLUENCE, INFLUENCE_EXPLANATION, CUES, SENTIMENT_CLASSIFIER, TYPE_CLASSIFIER, "
            + "ACTION_CLASSIFIER, INFLUENCE_CLASSIFIER, CHAIN, CORRECTED, CLASSIFIED_AT, TOPICS, TOPIC_CLASSIFIER";

    private ClassificationTable() {
    }

    /**
     * A result to store: the interaction, its classification, the chain that made it, corrected or not.
     */
    record Row(long interactionId, Classification classification, String chain, boolean corrected) {
    }

    static void save(Connection connection, List<Row> rows) throws SQLException {
        try (PreparedStatement delete = connection
                .prepareStatement("DELETE FROM INTERACTION_CLASSIFICATION WHERE INTERACTION_ID = ?")) {
            for (Row row : rows) {
                delete.setLong(1, row.interactionId());
                delete.addBatch();
            }
            delete.executeBatch();
        }
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO INTERACTION_CLASSIFICATION ("
                + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Row row : rows) {
                bind(insert, row, now);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void bind(PreparedStatement insert, Row row, Timestamp now) throws SQLException {
        Classification c = row.classification();
        insert.setLong(1, row.interactionId());
        insert.setString(2, c.typeKeys());
        insert.setDouble(3, c.sentimentScore());
        insert.setString(4, c.sentimentLabel().key());
        insert.setString(5, c.action().key());
        insert.setString(6, cut(c.actionCue(), 500));
        insert.setInt(7, c.influence());
        insert.setString(8, cut(c.influenceExplanation(), 1000));
        insert.setString(9, CueJson.write(c.cues(), 8000));
        int column = 10;
        for (Aspect aspect : List.of(Aspect.SENTIMENT, Aspect.TYPE, Aspect.ACTION, Aspect.INFLUENCE)) {
            ClassifierId id = c.classifiers().get(aspect);
            insert.setString(column++, id == null ? null : cut(id.toString(), 200));
        }
        insert.setString(14, cut(row.chain(), 1000));
        insert.setBoolean(15, row.corrected());
        insert.setTimestamp(16, now);
        // comma-separated like INTERACTION.TAGS, so a touchpoint matches topics as it matches tags
        insert.setString(17, c.topics().isEmpty() ? null : cut(String.join(",", c.topics()), 1000));
        ClassifierId topics = c.classifiers().get(Aspect.TOPIC);
        insert.setString(18, topics == null ? null : cut(topics.toString(), 200));
    }

    static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
    }

    /** The stored rows of the given interactions (those that have one). */
    static Map<Long, Row> load(Connection connection, Collection<Long> ids) throws SQLException {
        if (ids.size() > SCAN_ABOVE) {
            return scan(connection, new HashSet<>(ids));
        }
        Map<Long, Row> rows = new HashMap<>();
        List<Long> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<Long> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            String marks = String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
            try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS
                    + " FROM INTERACTION_CLASSIFICATION WHERE INTERACTION_ID IN (" + marks + ")")) {
                for (int i = 0; i < chunk.size(); i++) {
                    select.setLong(i + 1, chunk.get(i));
                }
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        Row row = read(rs);
                        rows.put(row.interactionId(), row);
                    }
                }
            }
        }
        return rows;
    }

    /** Many ids: one pass over the table is cheaper than thousands of IN lists. */
    private static Map<Long, Row> scan(Connection connection, Set<Long> ids) throws SQLException {
        Map<Long, Row> rows = new HashMap<>(ids.size() * 2);
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS
                + " FROM INTERACTION_CLASSIFICATION"); ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                if (ids.contains(rs.getLong(1))) {
                    Row row = read(rs);
                    rows.put(row.interactionId(), row);
                }
            }
        }
        return rows;
    }

    private static Row read(ResultSet rs) throws SQLException {
        Map<Aspect, ClassifierId> classifiers = new EnumMap<>(Aspect.class);
        int column = 10;
        for (Aspect aspect : List.of(Aspect.SENTIMENT, Aspect.TYPE, Aspect.ACTION, Aspect.INFLUENCE)) {
            String id = rs.getString(column++);
            if (id != null) {
                classifiers.put(aspect, ClassifierId.parse(id));
            }
        }
        String topicsBy = rs.getString(18);
        if (topicsBy != null) {
            classifiers.put(Aspect.TOPIC, ClassifierId.parse(topicsBy));
        }
        Classification c = new Classification(Values.types(rs.getString(2)), rs.getDouble(3),
                SentimentLabel.of(rs.getString(4)), ActionNeeded.of(rs.getString(5)), nonNull(rs.getString(6)),
                rs.getInt(7), nonNull(rs.getString(8)), CueJson.read(rs.getString(9)), classifiers,
                Values.topics(rs.getString(17)));
        return new Row(rs.getLong(1), c, rs.getString(14), rs.getBoolean(15));
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}

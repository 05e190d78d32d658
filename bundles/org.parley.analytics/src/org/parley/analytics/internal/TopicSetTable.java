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
import java.util.List;
import java.util.Optional;

import org.parley.analytics.TopicJson;
import org.parley.analytics.TopicSet;
import org.parley.analytics.TopicVersion;

/** The saved versions of a workspace's topic set (table TOPIC_SET, one row per version). */
final class TopicSetTable {

    private static final String COLUMNS = "SELECT VERSION, SAVED_AT, NOTE, BODY FROM TOPIC_SET ";

    private TopicSetTable() {
    }

    static List<TopicVersion> all(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(COLUMNS + "ORDER BY VERSION DESC");
                ResultSet rows = select.executeQuery()) {
            List<TopicVersion> versions = new ArrayList<>();
            while (rows.next()) {
                versions.add(version(rows));
            }
            return versions;
        }
    }

    /** The newest version number, 0 when none was saved. */
    static int newestNumber(Connection connection) throws SQLException {
        try (PreparedStatement max = connection.prepareStatement("SELECT MAX(VERSION) FROM TOPIC_SET");
                ResultSet rows = max.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        }
    }

    static Optional<TopicVersion> find(Connection connection, int version) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(COLUMNS + "WHERE VERSION = ?")) {
            select.setInt(1, version);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(version(rows)) : Optional.empty();
            }
        }
    }

    static Optional<TopicVersion> newest(Connection connection) throws SQLException {
        int newest = newestNumber(connection);
        return newest == 0 ? Optional.empty() : find(connection, newest);
    }

    /**
     * Adds a version after the newest; the primary key stops two savers from taking the same number.
     */
    static TopicVersion insert(Connection connection, TopicSet topics, String note, Instant now) throws SQLException {
        int next = newestNumber(connection) + 1;
        String cleanNote = note == null ? "" : note.strip();
        if (cleanNote.length() > 500) {
            cleanNote = cleanNote.substring(0, 500);
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO TOPIC_SET "
                + "(VERSION, SAVED_AT, NOTE, TOPIC_COUNT, BODY) VALUES (?, ?, ?, ?, ?)")) {
            insert.setInt(1, next);
            insert.setTimestamp(2, Timestamp.from(now));
            insert.setString(3, cleanNote);
            insert.setInt(4, topics.topics().size());
            insert.setString(5, TopicJson.write(topics));
            insert.executeUpdate();
        }
        return new TopicVersion(next, now, cleanNote, topics);
    }

    private static TopicVersion version(ResultSet rows) throws SQLException {
        return new TopicVersion(rows.getInt(1), rows.getTimestamp(2).toInstant(), rows.getString(3),
                TopicJson.read(rows.getString(4)));
    }
}

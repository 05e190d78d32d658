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
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.parley.routing.RoutingConfig;
import org.parley.routing.RoutingJson;
import org.parley.routing.RoutingVersion;

/** The ROUTING_CONFIG table: one row per saved version, the rules and policies as JSON. */
final class ConfigTable {

    private static final String COLUMNS = "SELECT VERSION, SAVED_AT, NOTE, BODY FROM ROUTING_CONFIG ";

    private ConfigTable() {
    }

    static List<RoutingVersion> all(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(COLUMNS + "ORDER BY VERSION DESC");
                ResultSet rows = select.executeQuery()) {
            List<RoutingVersion> versions = new ArrayList<>();
            while (rows.next()) {
                versions.add(version(rows));
            }
            return versions;
        }
    }

    static Optional<RoutingVersion> newest(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(COLUMNS
                + "WHERE VERSION = (SELECT MAX(VERSION) FROM ROUTING_CONFIG)");
                ResultSet rows = select.executeQuery()) {
            return rows.next() ? Optional.of(version(rows)) : Optional.empty();
        }
    }

    static Optional<RoutingVersion> find(Connection connection, int version) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(COLUMNS + "WHERE VERSION = ?")) {
            select.setInt(1, version);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(version(rows)) : Optional.empty();
            }
        }
    }

    /**
     * Adds a version after the newest; the primary key stops two savers from taking the same number.
     */
    static RoutingVersion insert(Connection connection, RoutingConfig config, String note, Instant now)
            throws SQLException {
        int next;
        try (PreparedStatement max = connection.prepareStatement("SELECT MAX(VERSION) FROM ROUTING_CONFIG");
                ResultSet rows = max.executeQuery()) {
            rows.next();
            next = rows.getInt(1) + 1;
        }
        String cleanNote = note == null ? "" : note.strip();
        if (cleanNote.length() > 500) {
            cleanNote = cleanNote.substring(0, 500);
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO ROUTING_CONFIG "
                + "(VERSION, SAVED_AT, NOTE, RULE_COUNT, POLICY_COUNT, BODY) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setInt(1, next);
            insert.setTimestamp(2, Timestamp.from(now));
            insert.setString(3, cleanNote);
            insert.setInt(4, config.rules().size());
            insert.setInt(5, config.policies().size());
            insert.setString(6, RoutingJson.write(config));
            insert.executeUpdate();
        }
        return new RoutingVersion(next, now, cleanNote, config);
    }

    private static RoutingVersion version(ResultSet rows) throws SQLException {
        return new RoutingVersion(rows.getInt(1), rows.getTimestamp(2).toInstant(), rows.getString(3),
                RoutingJson.read(rows.getString(4)));
    }
}

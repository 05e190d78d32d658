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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.parley.ingest.IngestReport;
import org.parley.ingest.Source;

/** The INGEST_SOURCE table. */
final class SourceTable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COLUMNS = "ID, CONNECTOR_ID, NAME, SETTINGS, SCHEDULE_SECONDS, LAST_RUN_AT, "
            + "LAST_ADDED, LAST_UPDATED, LAST_DUPLICATES, LAST_QUARANTINED, LAST_ERROR";

    private SourceTable() {
    }

    static List<Source> list(Connection connection) throws SQLException {
        List<Source> sources = new ArrayList<>();
        try (PreparedStatement select = connection
                .prepareStatement("SELECT " + COLUMNS + " FROM INGEST_SOURCE ORDER BY NAME, ID");
                ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                sources.add(row(rs));
            }
        }
        return sources;
    }

    static Optional<Source> get(Connection connection, long id) throws SQLException {
        try (PreparedStatement select = connection
                .prepareStatement("SELECT " + COLUMNS + " FROM INGEST_SOURCE WHERE ID = ?")) {
            select.setLong(1, id);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.empty();
            }
        }
    }

    static long insert(Connection connection, Source source) throws SQLException {
        long id = Sql.allocateIds(connection, 1);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO INGEST_SOURCE (ID, CONNECTOR_ID, "
                + "NAME, SETTINGS, SCHEDULE_SECONDS, CREATED_AT) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, id);
            insert.setString(2, source.connectorId());
            insert.setString(3, Sql.cut(source.name(), 300));
            insert.setString(4, json(source.settings()));
            setSchedule(insert, 5, source.schedule());
            insert.setTimestamp(6, Sql.timestamp(Instant.now()));
            insert.executeUpdate();
        }
        return id;
    }

    static void update(Connection connection, Source source) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE INGEST_SOURCE SET NAME = ?, SETTINGS = ?, SCHEDULE_SECONDS = ? WHERE ID = ?")) {
            update.setString(1, Sql.cut(source.name(), 300));
            update.setString(2, json(source.settings()));
            setSchedule(update, 3, source.schedule());
            update.setLong(4, source.id());
            if (update.executeUpdate() == 0) {
                throw new IllegalArgumentException("There is no source " + source.id());
            }
        }
    }

    static void recordRun(Connection connection, long id, IngestReport report, String error) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE INGEST_SOURCE SET LAST_RUN_AT = ?, "
                + "LAST_ADDED = ?, LAST_UPDATED = ?, LAST_DUPLICATES = ?, LAST_QUARANTINED = ?, LAST_ERROR = ? "
                + "WHERE ID = ?")) {
            update.setTimestamp(1, Sql.timestamp(Instant.now()));
            IngestReport r = report == null ? IngestReport.EMPTY : report;
            update.setLong(2, r.added());
            update.setLong(3, r.updated());
            update.setLong(4, r.duplicates());
            update.setLong(5, r.quarantined());
            update.setString(6, Sql.cut(error, 2000));
            update.setLong(7, id);
            update.executeUpdate();
        }
    }

    static void delete(Connection connection, long id) throws SQLException {
        Checkpoints.deleteAll(connection, id);
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM INGEST_SOURCE WHERE ID = ?")) {
            delete.setLong(1, id);
            delete.executeUpdate();
        }
    }

    private static void setSchedule(PreparedStatement statement, int index, Duration schedule) throws SQLException {
        if (schedule == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, Math.max(1, schedule.toSeconds()));
        }
    }

    private static Source row(ResultSet rs) throws SQLException {
        long seconds = rs.getLong(5);
        Duration schedule = rs.wasNull() ? null : Duration.ofSeconds(seconds);
        Instant lastRun = Sql.instant(rs.getTimestamp(6));
        IngestReport last = lastRun == null
                ? null
                : new IngestReport(rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10));
        return new Source(rs.getLong(1), rs.getString(2), rs.getString(3), settings(rs.getString(4)), schedule,
                lastRun, last, rs.getString(11));
    }

    private static String json(Map<String, String> settings) {
        try {
            return JSON.writeValueAsString(new TreeMap<>(settings));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> settings(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try {
            return JSON.readValue(json, new TypeReference<Map<String, String>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The stored settings are not JSON: " + e.getOriginalMessage(), e);
        }
    }
}

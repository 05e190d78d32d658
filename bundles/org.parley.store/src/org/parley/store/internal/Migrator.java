/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Forward-only schema migrations. Each version is one SQL script in {@code migrations/}, applied in
 * its own transaction and recorded in PARLEY_SCHEMA, so a workspace made by an older Parley opens
 * in a newer one and keeps its data.
 */
public final class Migrator {

    /** The scripts, in order; version n is the n-th entry. */
    private static final List<String> SCRIPTS = List.of("V1__operations_core.sql", "V2__planning.sql",
            "V3__interaction_details.sql", "V4__ingest.sql", "V5__analytics.sql", "V6__journey_lanes.sql",
            "V7__routing.sql", "V8__topics.sql");

    /** The schema version this Parley writes. */
    public static final int CURRENT_VERSION = SCRIPTS.size();

    private final Dialect dialect;

    Migrator(Dialect dialect) {
        this.dialect = dialect;
    }

    /** Migrates to {@link #CURRENT_VERSION}; returns the version found before. */
    int migrate(Connection connection) throws SQLException {
        return migrateTo(connection, CURRENT_VERSION);
    }

    /**
     * Migrates to the given version; returns the version found before. Leaves the connection in
     * auto-commit.
     */
    int migrateTo(Connection connection, int target) throws SQLException {
        connection.setAutoCommit(false);
        ensureSchemaTable(connection);
        int found = version(connection);
        if (found > CURRENT_VERSION) {
            throw new SQLException("The database has schema version " + found + ", newer than this Parley ("
                    + CURRENT_VERSION + "). Update Parley to open it.");
        }
        for (int version = found + 1; version <= target; version++) {
            apply(connection, version);
        }
        connection.setAutoCommit(true);
        return found;
    }

    /** The schema version of a database, 0 for an empty one. */
    static int version(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT MAX(VERSION) FROM PARLEY_SCHEMA")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static void ensureSchemaTable(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        for (String name : List.of("PARLEY_SCHEMA", "parley_schema")) {
            try (ResultSet tables = meta.getTables(null, null, name, null)) {
                if (tables.next()) {
                    return;
                }
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE PARLEY_SCHEMA (VERSION INTEGER NOT NULL PRIMARY KEY, "
                    + "SCRIPT VARCHAR(200) NOT NULL, APPLIED_AT TIMESTAMP NOT NULL)");
        }
        connection.commit();
    }

    private void apply(Connection connection, int version) throws SQLException {
        String script = SCRIPTS.get(version - 1);
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements(dialect.expand(read(script)))) {
                statement.execute(sql);
            }
            try (PreparedStatement record = connection
                    .prepareStatement("INSERT INTO PARLEY_SCHEMA (VERSION, SCRIPT, APPLIED_AT) VALUES (?, ?, ?)")) {
                record.setInt(1, version);
                record.setString(2, script);
                record.setTimestamp(3, Timestamp.from(Instant.now()));
                record.executeUpdate();
            }
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw new SQLException("Schema migration " + script + " failed: " + e.getMessage(), e.getSQLState(), e);
        }
    }

    private static String read(String script) {
        try (InputStream in = Migrator.class.getClassLoader().getResourceAsStream("migrations/" + script)) {
            if (in == null) {
                throw new IllegalStateException("Missing migration script " + script);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Splits a script into statements: ';' ends a statement, '--' starts a comment line. */
    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String sql = current.toString().strip();
                statements.add(sql.substring(0, sql.length() - 1));
                current.setLength(0);
            }
        }
        return statements;
    }
}

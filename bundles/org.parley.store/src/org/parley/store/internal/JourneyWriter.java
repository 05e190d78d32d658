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

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.parley.model.Lists;
import org.parley.model.journey.JourneyMap;
import org.parley.model.journey.PersonaProfile;
import org.parley.store.StaleEditException;
import org.parley.store.internal.JourneyTables.Row;
import org.parley.store.internal.JourneyTables.Table;

/**
 * Saves a journey inside the caller's transaction by bringing the stored rows to the map: rows
 * whose stable id is new are inserted, rows whose values or parents changed are updated, rows the
 * map no longer has are deleted, and everything else is left alone, row ids included. The journey
 * row's {@code OPT_LOCK} is the revision: an update names the revision it was read at, so a map
 * read before someone else's save is refused instead of overwriting it.
 */
final class JourneyWriter {

    private final Connection connection;
    private final RowIds rowIds;

    JourneyWriter(Connection connection) {
        this.connection = connection;
        this.rowIds = new RowIds(connection);
    }

    /** Saves the map and returns its row id. */
    long save(JourneyMap map) throws SQLException {
        JourneyReader reader = new JourneyReader(connection);
        Optional<Long> existing = reader.idOf(map.id());
        if (existing.isEmpty() && map.databaseId() != null && exists(map.databaseId())) {
            existing = Optional.of(map.databaseId());
        }
        Map<Table, Map<String, Row>> before = existing.isPresent()
                ? JourneyTables.rows(reader.load(existing.get()).orElseThrow())
                : Map.of();
        long journeyId = existing.isPresent() ? existing.get() : rowIds.next(1).get(0);
        Map<Table, Map<String, Long>> stored = new HashMap<>();
        for (Table table : JourneyTables.ALL) {
            stored.put(table, existing.isPresent() ? storedIds(table, journeyId) : new HashMap<>());
        }
        Map<Table, Map<String, Row>> after = JourneyTables.rows(map);
        new IdConflicts(connection).check(after, stored);
        List<Long> personaIds = personas(map.personas());
        if (existing.isPresent()) {
            update(journeyId, map, personaIds);
        } else {
            insert(journeyId, map, personaIds);
        }
        writePersonaLinks(journeyId, personaIds);
        for (Table table : JourneyTables.ALL) {
            write(table, journeyId, before.getOrDefault(table, Map.of()), after.get(table), stored);
        }
        for (Table table : JourneyTables.ALL.reversed()) {
            deleteGone(table, after.get(table), stored.get(table));
        }
        // customer actions of journeys older than schema 6 are cards now (the reader made them so)
        execute("UPDATE JOURNEY_STEP SET CUSTOMER_ACTION = NULL WHERE CUSTOMER_ACTION IS NOT NULL AND "
                + JourneyTables.STEP.scope(), journeyId);
        return journeyId;
    }

    boolean delete(long journeyId) throws SQLException {
        if (!exists(journeyId)) {
            return false;
        }
        for (Table table : JourneyTables.ALL.reversed()) {
            execute("DELETE FROM " + table.name() + " WHERE " + table.scope(), journeyId);
        }
        execute("DELETE FROM JOURNEY_PERSONA WHERE JOURNEY_ID = ?", journeyId);
        execute("UPDATE CANVAS SET JOURNEY_ID = NULL WHERE JOURNEY_ID = ?", journeyId);
        execute("DELETE FROM JOURNEY WHERE ID = ?", journeyId);
        return true;
    }

    private boolean exists(long journeyId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT 1 FROM JOURNEY WHERE ID = ?")) {
            statement.setLong(1, journeyId);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** The stable ids and row ids of a journey's rows in one child table. */
    private Map<String, Long> storedIds(Table table, long journeyId) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        try (PreparedStatement statement = connection
                .prepareStatement("SELECT STABLE_ID, ID FROM " + table.name() + " WHERE " + table.scope())) {
            statement.setLong(1, journeyId);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    ids.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return ids;
    }

    /** Inserts the table's new rows and updates its changed ones. */
    private void write(Table table, long journeyId, Map<String, Row> before, Map<String, Row> after,
            Map<Table, Map<String, Long>> stored) throws SQLException {
        Map<String, Long> ids = stored.get(table);
        List<Row> inserts = new ArrayList<>();
        List<Row> updates = new ArrayList<>();
        for (Row row : after.values()) {
            if (!ids.containsKey(row.stableId())) {
                inserts.add(row);
            } else if (!row.equals(before.get(row.stableId()))) {
                updates.add(row);
            }
        }
        Iterator<Long> newIds = rowIds.next(inserts.size()).iterator();
        inserts.forEach(row -> ids.put(row.stableId(), newIds.next()));
        if (!inserts.isEmpty()) {
            batch(insertSql(table), table, inserts, journeyId, stored);
        }
        if (!updates.isEmpty()) {
            batch(updateSql(table), table, updates, journeyId, stored);
        }
    }

    private static String insertSql(Table table) {
        List<String> columns = writtenColumns(table);
        columns.add("ID");
        String marks = String.join(", ", java.util.Collections.nCopies(columns.size(), "?"));
        return "INSERT INTO " + table.name() + " (" + String.join(", ", columns)
                + (table.versioned() ? ", OPT_LOCK" : "")
                + ") VALUES (" + marks + (table.versioned() ? ", 1" : "") + ")";
    }

    private static String updateSql(Table table) {
        return "UPDATE " + table.name() + " SET " + String.join(" = ?, ", writtenColumns(table)) + " = ?"
                + (table.versioned() ? ", OPT_LOCK = OPT_LOCK + 1" : "") + " WHERE ID = ?";
    }

    /**
     * The columns an insert or update sets, in the order {@link #batch} binds them: values, parents,
     * stable id.
     */
    private static List<String> writtenColumns(Table table) {
        List<String> columns = new ArrayList<>(table.columns());
        columns.addAll(table.parentColumns());
        if (table.parentColumns().isEmpty()) {
            columns.add("JOURNEY_ID");
        }
        columns.add("STABLE_ID");
        return columns;
    }

    /**
     * Runs an insert or update per row; the parameters are the values, parents, stable id and row id.
     */
    private void batch(String sql, Table table, List<Row> rows, long journeyId, Map<Table, Map<String, Long>> stored)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (Row row : rows) {
                int at = 1;
                for (Object value : row.values()) {
                    set(statement, at++, value);
                }
                for (int p = 0; p < table.parentTables().size(); p++) {
                    statement.setLong(at++, stored.get(table.parentTables().get(p)).get(row.parents().get(p)));
                }
                if (table.parentColumns().isEmpty()) {
                    statement.setLong(at++, journeyId);
                }
                statement.setString(at++, row.stableId());
                statement.setLong(at, stored.get(table).get(row.stableId()));
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    private static void set(PreparedStatement statement, int at, Object value) throws SQLException {
        if (value instanceof Integer number) {
            statement.setInt(at, number);
        } else if (value == null) {
            statement.setNull(at, Types.VARCHAR);
        } else {
            statement.setString(at, value.toString());
        }
    }

    private void deleteGone(Table table, Map<String, Row> after, Map<String, Long> stored) throws SQLException {
        List<Long> gone = stored.entrySet().stream().filter(e -> !after.containsKey(e.getKey()))
                .map(Map.Entry::getValue).toList();
        if (gone.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection
                .prepareStatement("DELETE FROM " + table.name() + " WHERE ID = ?")) {
            for (long id : gone) {
                statement.setLong(1, id);
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    private void execute(String sql, long id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, id);
            statement.executeUpdate();
        }
    }

    /** Adds or updates each persona (found by stable id); returns their row ids in order. */
    private List<Long> personas(List<PersonaProfile> personas) throws SQLException {
        List<Long> ids = new ArrayList<>();
        for (PersonaProfile persona : personas) {
            Optional<Long> existing = personaId(persona.id());
            String sql = existing.isPresent()
                    ? "UPDATE PERSONA SET NAME = ?, SEGMENT = ?, GOALS = ?, NEED_STATES = ?, FRUSTRATIONS = ?,"
                            + " PREFERRED_CHANNELS = ?, STABLE_ID = ?, OPT_LOCK = OPT_LOCK + 1 WHERE ID = ?"
                    : "INSERT INTO PERSONA (NAME, SEGMENT, GOALS, NEED_STATES, FRUSTRATIONS, PREFERRED_CHANNELS,"
                            + " STABLE_ID, ID, OPT_LOCK) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)";
            long id = existing.isPresent() ? existing.get() : rowIds.next(1).get(0);
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, persona.name());
                statement.setString(2, persona.segment());
                statement.setString(3, persona.goals());
                statement.setString(4, persona.needStates());
                statement.setString(5, persona.frustrations());
                statement.setString(6, Lists.join(persona.preferredChannels()));
                statement.setString(7, persona.id());
                statement.setLong(8, id);
                statement.executeUpdate();
            }
            ids.add(id);
        }
        return ids;
    }

    private Optional<Long> personaId(String stableId) throws SQLException {
        try (PreparedStatement statement = connection
                .prepareStatement("SELECT ID FROM PERSONA WHERE STABLE_ID = ? OR (STABLE_ID IS NULL AND ? = "
                        + "'persona-' || TRIM(CAST(ID AS CHAR(20))))")) {
            statement.setString(1, stableId);
            statement.setString(2, stableId);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    /**
     * Updates the journey row, checking the revision the map was read at (0: replace whatever is
     * stored).
     */
    private void update(long journeyId, JourneyMap map, List<Long> personaIds) throws SQLException {
        String sql = "UPDATE JOURNEY SET STABLE_ID = ?, NAME = ?, SCENARIO = ?, TARGET_OUTCOME = ?, PLAN_STATE = ?,"
                + " PLAN_VERSION = ?, PERSONA_ID = ?, OPT_LOCK = OPT_LOCK + 1 WHERE ID = ?"
                + (map.revision() > 0 ? " AND OPT_LOCK = ?" : "");
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            journeyColumns(statement, map, personaIds);
            statement.setLong(8, journeyId);
            if (map.revision() > 0) {
                statement.setLong(9, map.revision());
            }
            if (statement.executeUpdate() == 0) {
                long now = revision(journeyId);
                throw new StaleEditException("The journey '" + map.name() + "' was saved elsewhere (revision " + now
                        + ") after this copy was opened (revision " + map.revision() + "). Nothing was saved:"
                        + " reload the journey to see the other changes, then make yours again.", map.revision(),
                        now);
            }
        }
    }

    private long revision(long journeyId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT OPT_LOCK FROM JOURNEY WHERE ID = ?")) {
            statement.setLong(1, journeyId);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    private void insert(long journeyId, JourneyMap map, List<Long> personaIds) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO JOURNEY (STABLE_ID, NAME,"
                + " SCENARIO, TARGET_OUTCOME, PLAN_STATE, PLAN_VERSION, PERSONA_ID, ID, OPT_LOCK)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)")) {
            journeyColumns(statement, map, personaIds);
            statement.setLong(8, journeyId);
            statement.executeUpdate();
        }
    }

    private static void journeyColumns(PreparedStatement statement, JourneyMap map, List<Long> personaIds)
            throws SQLException {
        statement.setString(1, map.id());
        statement.setString(2, map.name());
        statement.setString(3, map.scenario());
        statement.setString(4, map.targetOutcome());
        statement.setString(5, map.state().name());
        statement.setInt(6, map.version());
        if (personaIds.isEmpty()) {
            statement.setNull(7, Types.BIGINT);
        } else {
            statement.setLong(7, personaIds.get(0));
        }
    }

    private void writePersonaLinks(long journeyId, List<Long> personaIds) throws SQLException {
        execute("DELETE FROM JOURNEY_PERSONA WHERE JOURNEY_ID = ?", journeyId);
        try (PreparedStatement statement = connection
                .prepareStatement(
                        "INSERT INTO JOURNEY_PERSONA (JOURNEY_ID, PERSONA_ID, SORT_ORDER) VALUES (?, ?, ?)")) {
            for (int i = 0; i < personaIds.size(); i++) {
                statement.setLong(1, journeyId);
                statement.setLong(2, personaIds.get(i));
                statement.setInt(3, i);
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }
}

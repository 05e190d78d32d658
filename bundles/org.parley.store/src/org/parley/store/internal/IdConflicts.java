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
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.parley.store.internal.JourneyTables.Row;
import org.parley.store.internal.JourneyTables.Table;

/**
 * Finds the stable ids a save would add that another journey already uses, so that the save fails
 * with the id and what to do instead of a constraint violation. Lane ids are only unique within a
 * journey, so they cannot collide.
 */
final class IdConflicts {

    private static final int CHUNK = 50;
    private static final Map<Table, String> WHAT = Map.of(JourneyTables.STAGE, "stage", JourneyTables.STEP, "step",
            JourneyTables.TOUCHPOINT, "touchpoint", JourneyTables.CARD, "card");

    private final Connection connection;

    IdConflicts(Connection connection) {
        this.connection = connection;
    }

    /** Checks the rows to be against the journey's own stored rows (by table and stable id). */
    void check(Map<Table, Map<String, Row>> after, Map<Table, Map<String, Long>> own) throws SQLException {
        for (Map.Entry<Table, String> table : WHAT.entrySet()) {
            Map<String, Long> mine = own.get(table.getKey());
            List<String> added = after.get(table.getKey()).keySet().stream().filter(id -> !mine.containsKey(id))
                    .toList();
            conflict(table.getValue(), table.getKey().name(), added);
        }
    }

    private void conflict(String what, String table, List<String> ids) throws SQLException {
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            String sql = "SELECT STABLE_ID FROM " + table + " WHERE STABLE_ID IN ("
                    + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")";
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < chunk.size(); i++) {
                    statement.setString(i + 1, chunk.get(i));
                }
                try (ResultSet rs = statement.executeQuery()) {
                    if (rs.next()) {
                        throw new IllegalArgumentException("The " + what + " id " + rs.getString(1)
                                + " belongs to another journey of this workspace; import the file as a copy"
                                + " to give it fresh ids");
                    }
                }
            }
        }
    }
}

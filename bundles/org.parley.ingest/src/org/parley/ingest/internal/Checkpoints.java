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
import java.time.Instant;
import java.util.Optional;

/** Where runs stopped, per source and scope; written in the same transaction as the messages. */
final class Checkpoints {

    private Checkpoints() {
    }

    static Optional<String> read(Connection connection, Origin origin) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT POSITION_VALUE FROM INGEST_CHECKPOINT WHERE SOURCE_ID = ? AND SCOPE_KEY = ?")) {
            select.setLong(1, origin.sourceId());
            select.setString(2, origin.scopeKey());
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    static void write(Connection connection, Origin origin, String position) throws SQLException {
        String value = Sql.cut(position, 4000);
        try (PreparedStatement update = connection.prepareStatement("UPDATE INGEST_CHECKPOINT SET POSITION_VALUE = ?, "
                + "UPDATED_AT = ? WHERE SOURCE_ID = ? AND SCOPE_KEY = ?")) {
            update.setString(1, value);
            update.setTimestamp(2, Sql.timestamp(Instant.now()));
            update.setLong(3, origin.sourceId());
            update.setString(4, origin.scopeKey());
            if (update.executeUpdate() > 0) {
                return;
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO INGEST_CHECKPOINT (SOURCE_ID, "
                + "SCOPE_KEY, SCOPE, POSITION_VALUE, UPDATED_AT) VALUES (?, ?, ?, ?, ?)")) {
            insert.setLong(1, origin.sourceId());
            insert.setString(2, origin.scopeKey());
            insert.setString(3, Sql.cut(origin.scope(), 2000));
            insert.setString(4, value);
            insert.setTimestamp(5, Sql.timestamp(Instant.now()));
            insert.executeUpdate();
        }
    }

    static void delete(Connection connection, Origin origin) throws SQLException {
        try (PreparedStatement delete = connection
                .prepareStatement("DELETE FROM INGEST_CHECKPOINT WHERE SOURCE_ID = ? AND SCOPE_KEY = ?")) {
            delete.setLong(1, origin.sourceId());
            delete.setString(2, origin.scopeKey());
            delete.executeUpdate();
        }
    }

    static void deleteAll(Connection connection, long sourceId) throws SQLException {
        try (PreparedStatement delete = connection
                .prepareStatement("DELETE FROM INGEST_CHECKPOINT WHERE SOURCE_ID = ?")) {
            delete.setLong(1, sourceId);
            delete.executeUpdate();
        }
    }
}

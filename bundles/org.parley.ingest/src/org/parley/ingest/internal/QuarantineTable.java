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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.parley.channels.QuarantineRecord;
import org.parley.ingest.QuarantinedRecord;
import org.parley.ingest.QuarantinedRecord.Status;

/** The INGEST_QUARANTINE table. */
final class QuarantineTable {

    private static final String COLUMNS = "ID, SOURCE_ID, CONNECTOR_ID, ORIGIN, RECORD_POSITION, REASON, RAW_SIZE, "
            + "QUARANTINED_AT, ENTRY_STATUS";

    private QuarantineTable() {
    }

    /**
     * Keeps a refused record. The same record refused again (same connector, origin, position and
     * bytes) while still open only gets the new reason and time; one the user discarded stays
     * discarded.
     *
     * @return whether the record is open in the quarantine (false: it was discarded before)
     */
    static boolean keep(Connection connection, Origin origin, QuarantineRecord record) throws SQLException {
        String rawHash = Sql.sha256(record.raw());
        try (PreparedStatement update = connection.prepareStatement("UPDATE INGEST_QUARANTINE SET REASON = ?, "
                + "QUARANTINED_AT = ? WHERE CONNECTOR_ID = ? AND RAW_HASH = ? AND ORIGIN = ? AND RECORD_POSITION = ? "
                + "AND ENTRY_STATUS = 'OPEN'")) {
            update.setString(1, Sql.cut(record.reason(), 2000));
            update.setTimestamp(2, Sql.timestamp(Instant.now()));
            update.setString(3, origin.connectorId());
            update.setString(4, rawHash);
            update.setString(5, Sql.cut(origin.origin(), 2000));
            update.setString(6, Sql.cut(record.position(), 1000));
            if (update.executeUpdate() > 0) {
                return true;
            }
        }
        try (PreparedStatement discarded = connection.prepareStatement("SELECT COUNT(*) FROM INGEST_QUARANTINE "
                + "WHERE CONNECTOR_ID = ? AND RAW_HASH = ? AND ORIGIN = ? AND RECORD_POSITION = ? "
                + "AND ENTRY_STATUS = 'DISCARDED'")) {
            discarded.setString(1, origin.connectorId());
            discarded.setString(2, rawHash);
            discarded.setString(3, Sql.cut(origin.origin(), 2000));
            discarded.setString(4, Sql.cut(record.position(), 1000));
            try (ResultSet rs = discarded.executeQuery()) {
                if (rs.next() && rs.getLong(1) > 0) {
                    return false;
                }
            }
        }
        long id = Sql.allocateIds(connection, 1);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO INGEST_QUARANTINE (" + COLUMNS
                + ", RAW_BYTES, RAW_HASH) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?)")) {
            insert.setLong(1, id);
            insert.setLong(2, origin.sourceId());
            insert.setString(3, origin.connectorId());
            insert.setString(4, Sql.cut(origin.origin(), 2000));
            insert.setString(5, Sql.cut(record.position(), 1000));
            insert.setString(6, Sql.cut(record.reason(), 2000));
            insert.setLong(7, record.raw().length);
            insert.setTimestamp(8, Sql.timestamp(Instant.now()));
            insert.setBytes(9, record.raw());
            insert.setString(10, rawHash);
            insert.executeUpdate();
        }
        return true;
    }

    /**
     * Marks resolved the open records of a file that a complete import from its start, begun at
     * {@code runStart}, no longer refused: the file was fixed and the record stored.
     *
     * @return how many records were resolved
     */
    static int resolveNoLongerRefused(Connection connection, Origin origin, Instant runStart) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE INGEST_QUARANTINE SET ENTRY_STATUS = "
                + "'RESOLVED', REASON = ? WHERE CONNECTOR_ID = ? AND ORIGIN = ? AND ENTRY_STATUS = 'OPEN' "
                + "AND QUARANTINED_AT < ?")) {
            update.setString(1, "resolved: a later import of the whole file read it without refusing it ("
                    + Instant.now() + ")");
            update.setString(2, origin.connectorId());
            update.setString(3, Sql.cut(origin.origin(), 2000));
            update.setTimestamp(4, Sql.timestamp(runStart));
            return update.executeUpdate();
        }
    }

    static List<QuarantinedRecord> list(Connection connection, Status status) throws SQLException {
        List<QuarantinedRecord> records = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS
                + " FROM INGEST_QUARANTINE WHERE ENTRY_STATUS = ? ORDER BY QUARANTINED_AT, ID")) {
            select.setString(1, status.name());
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    records.add(row(rs, null));
                }
            }
        }
        return records;
    }

    static Optional<QuarantinedRecord> get(Connection connection, long id) throws SQLException {
        try (PreparedStatement select = connection
                .prepareStatement("SELECT " + COLUMNS + ", RAW_BYTES FROM INGEST_QUARANTINE WHERE ID = ?")) {
            select.setLong(1, id);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(row(rs, rs.getBytes(10))) : Optional.empty();
            }
        }
    }

    static boolean setStatus(Connection connection, long id, Status status, String reason) throws SQLException {
        String sql = status == Status.DISCARDED
                ? "UPDATE INGEST_QUARANTINE SET ENTRY_STATUS = ?, RAW_BYTES = NULL, REASON = COALESCE(?, REASON) "
                        + "WHERE ID = ? AND ENTRY_STATUS = 'OPEN'"
                : "UPDATE INGEST_QUARANTINE SET ENTRY_STATUS = ?, REASON = COALESCE(?, REASON) WHERE ID = ?";
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            update.setString(1, status.name());
            update.setString(2, Sql.cut(reason, 2000));
            update.setLong(3, id);
            return update.executeUpdate() > 0;
        }
    }

    private static QuarantinedRecord row(ResultSet rs, byte[] raw) throws SQLException {
        return new QuarantinedRecord(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), raw, rs.getLong(7), Sql.instant(rs.getTimestamp(8)), Status.valueOf(rs.getString(9)));
    }
}

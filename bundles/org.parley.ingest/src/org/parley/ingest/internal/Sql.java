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

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.HexFormat;

/** Small JDBC and hashing helpers shared by the pipeline's tables. */
final class Sql {

    private Sql() {
    }

    /** Takes {@code count} ids from the id sequence EclipseLink uses; returns the first. */
    static long allocateIds(Connection connection, int count) throws SQLException {
        if (count == 0) {
            return 0;
        }
        try (PreparedStatement update = connection
                .prepareStatement("UPDATE ID_SEQUENCE SET SEQ_COUNT = SEQ_COUNT + ? WHERE SEQ_NAME = 'PARLEY'")) {
            update.setLong(1, count);
            update.executeUpdate();
        }
        try (PreparedStatement select = connection
                .prepareStatement("SELECT SEQ_COUNT FROM ID_SEQUENCE WHERE SEQ_NAME = 'PARLEY'");
                ResultSet rs = select.executeQuery()) {
            rs.next();
            return rs.getLong(1) - count + 1;
        }
    }

    static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    static void setNullableInt(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }

    static void setNullableLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }

    /** Cuts a text to a column's length; null stays null. */
    static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }

    /** SHA-256 of the parts, in hex. */
    static String sha256(String... parts) {
        MessageDigest digest = digest();
        for (String part : parts) {
            if (part != null) {
                digest.update(part.getBytes(StandardCharsets.UTF_8));
            }
            digest.update((byte) 0);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** SHA-256 of bytes, in hex. */
    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Java without SHA-256", e);
        }
    }
}

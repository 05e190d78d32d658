/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.connector.email.internal;

import java.util.ArrayList;
import java.util.List;

import org.parley.store.Store;

/** Counts, and the state an earlier Parley left, read and written with plain SQL. */
final class Workspace {

    private Workspace() {
    }

    static long count(Store store, String sql) {
        return store.query(c -> {
            try (var statement = c.createStatement(); var rs = statement.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /**
     * Puts every e-mail back under the id Parley gave it before external ids carried a fingerprint: the
     * bare Message-ID (the first bracketed id of the header, however malformed), or the SHA-256 of the
     * raw bytes without one. Where two messages share a Message-ID only the first keeps it (the old key
     * was unique), the others are deleted, as the old version never stored them. Returns the rows kept.
     */
    static int storeAsBeforeFingerprints(Store store) {
        return store.jdbc(c -> {
            List<Object[]> rows = new ArrayList<>();
            try (var statement = c.createStatement();
                    var rs = statement.executeQuery("SELECT ID, RAW_PAYLOAD FROM INTERACTION ORDER BY ID")) {
                while (rs.next()) {
                    byte[] raw = rs.getBytes(2);
                    String id = MailParser.scanMessageId(raw);
                    rows.add(new Object[]{rs.getLong(1), id != null ? id : "sha256:" + MailParser.sha256(raw)});
                }
            }
            java.util.Set<String> kept = new java.util.HashSet<>();
            int count = 0;
            try (var update = c.prepareStatement("UPDATE INTERACTION SET EXTERNAL_ID = ?, CONTENT_HASH = 'old' "
                    + "WHERE ID = ?"); var delete = c.prepareStatement("DELETE FROM INTERACTION WHERE ID = ?")) {
                for (Object[] row : rows) {
                    if (kept.add((String) row[1])) {
                        update.setString(1, (String) row[1]);
                        update.setLong(2, (Long) row[0]);
                        update.executeUpdate();
                        count++;
                    } else {
                        delete.setLong(1, (Long) row[0]);
                        delete.executeUpdate();
                    }
                }
            }
            return count;
        });
    }
}

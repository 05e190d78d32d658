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
import java.util.ArrayList;
import java.util.List;

/**
 * Row ids from the same {@code ID_SEQUENCE} row EclipseLink's table generator uses. A block is
 * taken by raising the counter in the caller's transaction; one value is left unused at each end,
 * so the block is clear of EclipseLink's blocks whichever end of its range EclipseLink counts from.
 */
final class RowIds {

    private final Connection connection;

    RowIds(Connection connection) {
        this.connection = connection;
    }

    List<Long> next(int count) throws SQLException {
        if (count == 0) {
            return List.of();
        }
        try (PreparedStatement update = connection
                .prepareStatement("UPDATE ID_SEQUENCE SET SEQ_COUNT = SEQ_COUNT + ? WHERE SEQ_NAME = 'PARLEY'")) {
            update.setLong(1, count + 1L);
            if (update.executeUpdate() != 1) {
                throw new SQLException("The id sequence of the workspace is missing");
            }
        }
        long top;
        try (PreparedStatement select = connection
                .prepareStatement("SELECT SEQ_COUNT FROM ID_SEQUENCE WHERE SEQ_NAME = 'PARLEY'");
                ResultSet rs = select.executeQuery()) {
            rs.next();
            top = rs.getLong(1);
        }
        List<Long> ids = new ArrayList<>(count);
        for (long id = top - count; id < top; id++) {
            ids.add(id);
        }
        return ids;
    }
}

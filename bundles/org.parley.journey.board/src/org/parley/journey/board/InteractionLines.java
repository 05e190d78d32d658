/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.journey.board;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.parley.store.Store;

/**
 * The interactions behind a touchpoint's badges, one line each, for the list a click on the badges
 * opens.
 */
public final class InteractionLines {

    /** One interaction: when, on which channel, and its first 280 characters. */
    public record Line(long id, Instant occurredAt, String channel, String preview) {
    }

    private InteractionLines() {
    }

    /** The interactions with these ids, newest first. */
    public static List<Line> of(Store store, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String marks = String.join(",", Collections.nCopies(ids.size(), "?"));
        return store.query(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT ID, OCCURRED_AT, CHANNEL, PREVIEW FROM INTERACTION WHERE ID IN (" + marks + ")"
                            + " ORDER BY OCCURRED_AT DESC")) {
                for (int i = 0; i < ids.size(); i++) {
                    statement.setLong(i + 1, ids.get(i));
                }
                List<Line> lines = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        Timestamp at = rows.getTimestamp(2);
                        lines.add(new Line(rows.getLong(1), at == null ? null : at.toInstant(), rows.getString(3),
                                rows.getString(4)));
                    }
                }
                return lines;
            }
        });
    }
}

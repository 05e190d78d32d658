/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.journey.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.parley.model.journey.JourneyMap;
import org.parley.model.journey.JourneyStage;
import org.parley.model.journey.LaneKind;

/**
 * Finds the map's stable ids that another journey already uses (called after the journey's own rows
 * are gone), so a save fails with the id and its owner instead of a constraint violation.
 */
final class IdConflicts {

    private static final int CHUNK = 50;

    private final Connection connection;

    IdConflicts(Connection connection) {
        this.connection = connection;
    }

    void check(JourneyMap map) throws SQLException {
        List<String> stages = map.stages().stream().map(JourneyStage::id).toList();
        List<String> steps = map.steps().stream().map(s -> s.id()).toList();
        List<String> touchpoints = new ArrayList<>();
        List<String> cards = new ArrayList<>();
        map.steps().forEach(step -> step.cells().forEach((lane, list) -> list.forEach(card -> {
            (lane.equals(LaneKind.TOUCHPOINTS.defaultLaneId()) ? touchpoints : cards).add(card.id());
        })));
        conflict("stage", "JOURNEY_STAGE", stages);
        conflict("step", "JOURNEY_STEP", steps);
        conflict("touchpoint", "TOUCHPOINT", touchpoints);
        conflict("card", "LANE_CARD", cards);
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

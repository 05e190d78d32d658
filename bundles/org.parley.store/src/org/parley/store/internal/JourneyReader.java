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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.parley.model.journey.Card;
import org.parley.model.journey.JourneyInfo;
import org.parley.model.journey.JourneyLane;
import org.parley.model.journey.JourneyMap;
import org.parley.model.journey.JourneyStage;
import org.parley.model.journey.JourneyStep;
import org.parley.model.journey.LaneKind;
import org.parley.model.journey.OpportunityStatus;
import org.parley.model.journey.PersonaProfile;
import org.parley.model.journey.Priority;
import org.parley.model.InteractionType;
import org.parley.model.Lists;
import org.parley.model.OwningFunction;
import org.parley.model.PlanState;

/**
 * Reads journeys with a handful of queries per journey (not one per step). Journeys written before
 * schema 6 have no lanes or cards of their own: they get the default lanes and a customer-action
 * card made from the step's customer action, with derived stable ids; their first save stores them
 * as rows.
 */
final class JourneyReader {

    static final String STEPS_OF_JOURNEY = "SELECT S.ID FROM JOURNEY_STEP S JOIN JOURNEY_STAGE G ON S.STAGE_ID = G.ID"
            + " WHERE G.JOURNEY_ID = ?";

    private final Connection connection;

    JourneyReader(Connection connection) {
        this.connection = connection;
    }

    List<JourneyInfo> list() throws SQLException {
        String sql = "SELECT J.ID, J.STABLE_ID, J.NAME, P.NAME, J.PLAN_STATE, J.PLAN_VERSION,"
                + " (SELECT COUNT(*) FROM JOURNEY_STAGE G WHERE G.JOURNEY_ID = J.ID),"
                + " (SELECT COUNT(*) FROM JOURNEY_STEP S JOIN JOURNEY_STAGE G ON S.STAGE_ID = G.ID"
                + " WHERE G.JOURNEY_ID = J.ID)"
                + " FROM JOURNEY J LEFT JOIN PERSONA P ON J.PERSONA_ID = P.ID ORDER BY J.NAME, J.ID";
        List<JourneyInfo> list = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong(1);
                list.add(new JourneyInfo(id, stableId(rs.getString(2), "journey-", id), rs.getString(3),
                        rs.getString(4), PlanState.valueOf(rs.getString(5)), rs.getInt(6), rs.getInt(7),
                        rs.getInt(8)));
            }
        }
        return list;
    }

    /** The row id of the journey with a stable id. */
    Optional<Long> idOf(String stableId) throws SQLException {
        try (PreparedStatement statement = connection
                .prepareStatement("SELECT ID FROM JOURNEY WHERE STABLE_ID = ? OR (STABLE_ID IS NULL AND ? = "
                        + "'journey-' || TRIM(CAST(ID AS CHAR(20))))")) {
            statement.setString(1, stableId);
            statement.setString(2, stableId);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    long countPersonas() throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*) FROM PERSONA");
                ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    long count() throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*) FROM JOURNEY");
                ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    Optional<JourneyMap> load(long journeyId) throws SQLException {
        JourneyMap head;
        Long legacyPersona;
        try (PreparedStatement statement = connection.prepareStatement("SELECT STABLE_ID, NAME, SCENARIO,"
                + " TARGET_OUTCOME, PLAN_STATE, PLAN_VERSION, PERSONA_ID, OPT_LOCK FROM JOURNEY WHERE ID = ?")) {
            statement.setLong(1, journeyId);
            try (ResultSet rs = statement.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                head = new JourneyMap(journeyId, stableId(rs.getString(1), "journey-", journeyId), rs.getString(2),
                        rs.getString(3), rs.getString(4), PlanState.valueOf(rs.getString(5)), rs.getInt(6), null,
                        null, null, rs.getLong(8));
                long persona = rs.getLong(7);
                legacyPersona = rs.wasNull() ? null : persona;
            }
        }
        List<JourneyLane> lanes = lanes(journeyId);
        return Optional.of(head.withPersonas(personas(journeyId, legacyPersona)).withLanes(lanes)
                .withStages(stages(journeyId, lanes)));
    }

    private List<PersonaProfile> personas(long journeyId, Long legacyPersona) throws SQLException {
        String columns = "P.ID, P.STABLE_ID, P.NAME, P.SEGMENT, P.GOALS, P.NEED_STATES, P.FRUSTRATIONS,"
                + " P.PREFERRED_CHANNELS";
        List<PersonaProfile> personas = personas("SELECT " + columns + " FROM JOURNEY_PERSONA JP JOIN PERSONA P"
                + " ON JP.PERSONA_ID = P.ID WHERE JP.JOURNEY_ID = ? ORDER BY JP.SORT_ORDER", journeyId);
        if (personas.isEmpty() && legacyPersona != null) {
            personas = personas("SELECT " + columns + " FROM PERSONA P WHERE P.ID = ?", legacyPersona);
        }
        return personas;
    }

    private List<PersonaProfile> personas(String sql, long id) throws SQLException {
        List<PersonaProfile> personas = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, id);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    personas.add(new PersonaProfile(stableId(rs.getString(2), "persona-", rs.getLong(1)),
                            rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                            Lists.split(rs.getString(8))));
                }
            }
        }
        return personas;
    }

    private List<JourneyLane> lanes(long journeyId) throws SQLException {
        List<JourneyLane> lanes = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT STABLE_ID, TITLE, KIND FROM JOURNEY_LANE WHERE JOURNEY_ID = ? ORDER BY SORT_ORDER")) {
            statement.setLong(1, journeyId);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    lanes.add(new JourneyLane(rs.getString(1), rs.getString(2), LaneKind.valueOf(rs.getString(3))));
                }
            }
        }
        return lanes.isEmpty() ? JourneyMap.defaultLanes() : lanes;
    }

    private List<JourneyStage> stages(long journeyId, List<JourneyLane> lanes) throws SQLException {
        Map<Long, String> stageIds = new LinkedHashMap<>();
        Map<Long, String> stageNames = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT ID, STABLE_ID, NAME FROM JOURNEY_STAGE WHERE JOURNEY_ID = ? ORDER BY SORT_ORDER, ID")) {
            statement.setLong(1, journeyId);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    stageIds.put(rs.getLong(1), rs.getString(2));
                    stageNames.put(rs.getLong(1), rs.getString(3));
                }
            }
        }
        Map<Long, Map<String, List<Card>>> cells = cells(journeyId);
        Map<Long, List<JourneyStep>> steps = steps(journeyId, cells, lanes);
        List<JourneyStage> stages = new ArrayList<>();
        stageIds.forEach((id, stableId) -> stages.add(new JourneyStage(stableId, stageNames.get(id),
                steps.getOrDefault(id, List.of()))));
        return stages;
    }

    private Map<Long, List<JourneyStep>> steps(long journeyId, Map<Long, Map<String, List<Card>>> cells,
            List<JourneyLane> lanes) throws SQLException {
        String actionsLane = lanes.stream().filter(l -> l.kind() == LaneKind.CUSTOMER_ACTIONS).map(JourneyLane::id)
                .findFirst().orElse(null);
        Map<Long, List<JourneyStep>> steps = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT S.ID, S.STAGE_ID, S.STABLE_ID, S.NAME,"
                + " S.CUSTOMER_ACTION, S.OWNER_FUNCTION, S.EMOTION, S.INTERACTION_TYPE FROM JOURNEY_STEP S"
                + " JOIN JOURNEY_STAGE G ON S.STAGE_ID = G.ID WHERE G.JOURNEY_ID = ? ORDER BY S.SORT_ORDER, S.ID")) {
            statement.setLong(1, journeyId);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    String stableId = rs.getString(3);
                    Map<String, List<Card>> stepCells = cells.getOrDefault(id, new LinkedHashMap<>());
                    String action = rs.getString(5);
                    if (actionsLane != null && action != null && !action.isBlank()
                            && !stepCells.containsKey(actionsLane)) {
                        stepCells.put(actionsLane, List.of(new Card(stableId + "-action", action, null, null, null,
                                null, null, null, null, null)));
                    }
                    steps.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>())
                            .add(new JourneyStep(stableId, rs.getString(4), rs.getInt(7),
                                    enumOf(OwningFunction.class, rs.getString(6)),
                                    enumOf(InteractionType.class, rs.getString(8)), stepCells));
                }
            }
        }
        return steps;
    }

    /** The cards of every step of a journey, by step row id and lane id. */
    private Map<Long, Map<String, List<Card>>> cells(long journeyId) throws SQLException {
        Map<Long, Map<String, List<Card>>> cells = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT T.STEP_ID, T.STABLE_ID, T.NAME,"
                + " T.DETAILS, T.CHANNELS, T.TAGS, T.INTERACTION_TYPE FROM TOUCHPOINT T"
                + " JOIN JOURNEY_STEP S ON T.STEP_ID = S.ID JOIN JOURNEY_STAGE G ON S.STAGE_ID = G.ID"
                + " WHERE G.JOURNEY_ID = ? ORDER BY T.SORT_ORDER, T.ID")) {
            statement.setLong(1, journeyId);
            try (ResultSet rs = statement.executeQuery()) {
                String lane = LaneKind.TOUCHPOINTS.defaultLaneId();
                while (rs.next()) {
                    cells.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>())
                            .computeIfAbsent(lane, k -> new ArrayList<>())
                            .add(new Card(rs.getString(2), rs.getString(3), rs.getString(4),
                                    Lists.split(rs.getString(5)), Lists.split(rs.getString(6)),
                                    enumOf(InteractionType.class, rs.getString(7)), null, null, null, null));
                }
            }
        }
        try (PreparedStatement statement = connection.prepareStatement("SELECT C.STEP_ID, L.STABLE_ID, C.STABLE_ID,"
                + " C.CARD_TEXT, C.DETAILS, C.OWNER_NAME, C.STATUS, C.PRIORITY, C.ADDRESSES FROM LANE_CARD C"
                + " JOIN JOURNEY_LANE L ON C.LANE_ID = L.ID WHERE L.JOURNEY_ID = ? ORDER BY C.SORT_ORDER, C.ID")) {
            statement.setLong(1, journeyId);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    cells.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>())
                            .computeIfAbsent(rs.getString(2), k -> new ArrayList<>())
                            .add(new Card(rs.getString(3), rs.getString(4), rs.getString(5), null, null, null,
                                    rs.getString(6), enumOf(OpportunityStatus.class, rs.getString(7)),
                                    enumOf(Priority.class, rs.getString(8)),
                                    Lists.split(rs.getString(9))));
                }
            }
        }
        return cells;
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, String value) {
        return value == null ? null : Enum.valueOf(type, value);
    }

    private static String stableId(String stored, String prefix, long id) {
        return stored != null ? stored : prefix + id;
    }
}

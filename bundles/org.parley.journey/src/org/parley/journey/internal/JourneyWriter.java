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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.parley.model.journey.Card;
import org.parley.model.journey.JourneyLane;
import org.parley.model.journey.JourneyMap;
import org.parley.model.journey.JourneyStage;
import org.parley.model.journey.JourneyStep;
import org.parley.model.journey.LaneKind;
import org.parley.model.journey.PersonaProfile;

/**
 * Writes a journey whole inside the caller's transaction: the journey row is kept (canvases point
 * at it), its stages, steps, lanes, cards and persona links are replaced by the map's, under the
 * same stable ids. Row ids come from the table generator EclipseLink uses, in a block of their own.
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
        JourneyRules.check(map);
        JourneyReader reader = new JourneyReader(connection);
        Optional<Long> existing = reader.idOf(map.id());
        if (existing.isEmpty() && map.databaseId() != null && exists(map.databaseId())) {
            existing = Optional.of(map.databaseId());
        }
        if (existing.isPresent()) {
            deleteChildren(existing.get());
        }
        new IdConflicts(connection).check(map);
        List<Long> personaIds = personas(map.personas());
        long journeyId = existing.isPresent()
                ? update(existing.get(), map, personaIds)
                : insert(map, personaIds);
        writePersonaLinks(journeyId, personaIds);
        writeContent(journeyId, map);
        return journeyId;
    }

    boolean delete(long journeyId) throws SQLException {
        if (!exists(journeyId)) {
            return false;
        }
        deleteChildren(journeyId);
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

    private void deleteChildren(long journeyId) throws SQLException {
        String steps = "SELECT S.ID FROM JOURNEY_STEP S JOIN JOURNEY_STAGE G ON S.STAGE_ID = G.ID"
                + " WHERE G.JOURNEY_ID = ?";
        execute("DELETE FROM LANE_CARD WHERE LANE_ID IN (SELECT ID FROM JOURNEY_LANE WHERE JOURNEY_ID = ?)",
                journeyId);
        execute("DELETE FROM LANE_CARD WHERE STEP_ID IN (" + steps + ")", journeyId);
        execute("DELETE FROM TOUCHPOINT WHERE STEP_ID IN (" + steps + ")", journeyId);
        execute("DELETE FROM JOURNEY_STEP WHERE STAGE_ID IN (SELECT ID FROM JOURNEY_STAGE WHERE JOURNEY_ID = ?)",
                journeyId);
        execute("DELETE FROM JOURNEY_STAGE WHERE JOURNEY_ID = ?", journeyId);
        execute("DELETE FROM JOURNEY_LANE WHERE JOURNEY_ID = ?", journeyId);
        execute("DELETE FROM JOURNEY_PERSONA WHERE JOURNEY_ID = ?", journeyId);
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
                statement.setString(6, Columns.join(persona.preferredChannels()));
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

    private long update(long journeyId, JourneyMap map, List<Long> personaIds) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("UPDATE JOURNEY SET STABLE_ID = ?, NAME = ?,"
                + " SCENARIO = ?, TARGET_OUTCOME = ?, PLAN_STATE = ?, PLAN_VERSION = ?, PERSONA_ID = ?,"
                + " OPT_LOCK = OPT_LOCK + 1 WHERE ID = ?")) {
            journeyColumns(statement, map, personaIds);
            statement.setLong(8, journeyId);
            statement.executeUpdate();
        }
        return journeyId;
    }

    private long insert(JourneyMap map, List<Long> personaIds) throws SQLException {
        long journeyId = rowIds.next(1).get(0);
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO JOURNEY (STABLE_ID, NAME,"
                + " SCENARIO, TARGET_OUTCOME, PLAN_STATE, PLAN_VERSION, PERSONA_ID, ID, OPT_LOCK)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)")) {
            journeyColumns(statement, map, personaIds);
            statement.setLong(8, journeyId);
            statement.executeUpdate();
        }
        return journeyId;
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
            statement.setNull(7, java.sql.Types.BIGINT);
        } else {
            statement.setLong(7, personaIds.get(0));
        }
    }

    private void writePersonaLinks(long journeyId, List<Long> personaIds) throws SQLException {
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

    private void writeContent(long journeyId, JourneyMap map) throws SQLException {
        Map<String, Long> laneRows = writeLanes(journeyId, map.lanes());
        List<JourneyStep> steps = map.steps();
        List<Long> ids = rowIds.next(map.stages().size() + steps.size());
        int next = 0;
        Map<String, Long> stepRows = new HashMap<>();
        try (PreparedStatement stage = connection.prepareStatement("INSERT INTO JOURNEY_STAGE (ID, OPT_LOCK,"
                + " STABLE_ID, NAME, SORT_ORDER, JOURNEY_ID) VALUES (?, 1, ?, ?, ?, ?)");
                PreparedStatement step = connection.prepareStatement("INSERT INTO JOURNEY_STEP (ID, OPT_LOCK,"
                        + " STABLE_ID, NAME, SORT_ORDER, STAGE_ID, CUSTOMER_ACTION, OWNER_FUNCTION, EMOTION,"
                        + " INTERACTION_TYPE) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int s = 0; s < map.stages().size(); s++) {
                JourneyStage journeyStage = map.stages().get(s);
                long stageId = ids.get(next++);
                stage.setLong(1, stageId);
                stage.setString(2, journeyStage.id());
                stage.setString(3, journeyStage.name());
                stage.setInt(4, s);
                stage.setLong(5, journeyId);
                stage.addBatch();
                for (int i = 0; i < journeyStage.steps().size(); i++) {
                    JourneyStep journeyStep = journeyStage.steps().get(i);
                    long stepId = ids.get(next++);
                    stepRows.put(journeyStep.id(), stepId);
                    step.setLong(1, stepId);
                    step.setString(2, journeyStep.id());
                    step.setString(3, journeyStep.name());
                    step.setInt(4, i);
                    step.setLong(5, stageId);
                    step.setString(6, customerAction(journeyStep));
                    step.setString(7, Columns.name(journeyStep.owner()));
                    step.setInt(8, journeyStep.emotion());
                    step.setString(9, Columns.name(journeyStep.interactionType()));
                    step.addBatch();
                }
            }
            stage.executeBatch();
            step.executeBatch();
        }
        writeCards(steps, stepRows, laneRows, map.lanes());
    }

    /** The step's customer actions in the column older code reads. */
    private static String customerAction(JourneyStep step) {
        String joined = step.cards(LaneKind.CUSTOMER_ACTIONS).stream().map(Card::text)
                .collect(Collectors.joining("\n"));
        return joined.isEmpty() ? null : JourneyRules.clip(joined, 2000);
    }

    private Map<String, Long> writeLanes(long journeyId, List<JourneyLane> lanes) throws SQLException {
        Map<String, Long> rows = new HashMap<>();
        List<Long> ids = rowIds.next(lanes.size());
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO JOURNEY_LANE (ID, JOURNEY_ID,"
                + " STABLE_ID, KIND, TITLE, SORT_ORDER) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < lanes.size(); i++) {
                JourneyLane lane = lanes.get(i);
                rows.put(lane.id(), ids.get(i));
                statement.setLong(1, ids.get(i));
                statement.setLong(2, journeyId);
                statement.setString(3, lane.id());
                statement.setString(4, lane.kind().name());
                statement.setString(5, lane.title());
                statement.setInt(6, i);
                statement.addBatch();
            }
            statement.executeBatch();
        }
        return rows;
    }

    private void writeCards(List<JourneyStep> steps, Map<String, Long> stepRows, Map<String, Long> laneRows,
            List<JourneyLane> lanes) throws SQLException {
        int count = steps.stream().mapToInt(s -> s.cells().values().stream().mapToInt(List::size).sum()).sum();
        List<Long> ids = rowIds.next(count);
        int next = 0;
        String touchpoints = LaneKind.TOUCHPOINTS.defaultLaneId();
        try (PreparedStatement touchpoint = connection.prepareStatement("INSERT INTO TOUCHPOINT (ID, OPT_LOCK,"
                + " STABLE_ID, NAME, SORT_ORDER, STEP_ID, CHANNELS, TAGS, INTERACTION_TYPE, DETAILS)"
                + " VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement card = connection.prepareStatement("INSERT INTO LANE_CARD (ID, STEP_ID, LANE_ID,"
                        + " STABLE_ID, SORT_ORDER, CARD_TEXT, DETAILS, OWNER_NAME, STATUS, PRIORITY, ADDRESSES)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (JourneyStep step : steps) {
                long stepRow = stepRows.get(step.id());
                for (JourneyLane lane : lanes) {
                    List<Card> cards = step.cards(lane.id());
                    for (int i = 0; i < cards.size(); i++) {
                        Card c = cards.get(i);
                        long id = ids.get(next++);
                        if (lane.id().equals(touchpoints)) {
                            touchpoint.setLong(1, id);
                            touchpoint.setString(2, c.id());
                            touchpoint.setString(3, c.text());
                            touchpoint.setInt(4, i);
                            touchpoint.setLong(5, stepRow);
                            touchpoint.setString(6, Columns.join(c.channels()));
                            touchpoint.setString(7, Columns.join(c.tags()));
                            touchpoint.setString(8, Columns.name(c.interactionType()));
                            touchpoint.setString(9, c.details());
                            touchpoint.addBatch();
                        } else {
                            card.setLong(1, id);
                            card.setLong(2, stepRow);
                            card.setLong(3, laneRows.get(lane.id()));
                            card.setString(4, c.id());
                            card.setInt(5, i);
                            card.setString(6, c.text());
                            card.setString(7, c.details());
                            card.setString(8, c.owner());
                            card.setString(9, Columns.name(c.status()));
                            card.setString(10, Columns.name(c.priority()));
                            card.setString(11, Columns.join(c.addresses()));
                            card.addBatch();
                        }
                    }
                }
            }
            touchpoint.executeBatch();
            card.executeBatch();
        }
    }
}

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

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.parley.model.Lists;
import org.parley.model.journey.Card;
import org.parley.model.journey.JourneyLane;
import org.parley.model.journey.JourneyMap;
import org.parley.model.journey.JourneyStage;
import org.parley.model.journey.JourneyStep;
import org.parley.model.journey.LaneKind;

/**
 * The child tables of a journey and a map's content as their rows, keyed by stable id, so that a
 * save can compare what is stored with what is saved and write only the difference.
 */
final class JourneyTables {

    /** A child table: its parent references (column, parent table) and its value columns. */
    record Table(String name, List<String> parentColumns, List<Table> parentTables, List<String> columns,
            boolean versioned, String scope) {
    }

    /**
     * One row to be: its stable id, the stable ids of its parents and its values (String or Integer).
     */
    record Row(String stableId, List<String> parents, List<Object> values) {
    }

    static final String STAGES_OF_JOURNEY = "SELECT ID FROM JOURNEY_STAGE WHERE JOURNEY_ID = ?";
    static final String STEPS_OF_JOURNEY = "SELECT ID FROM JOURNEY_STEP WHERE STAGE_ID IN (" + STAGES_OF_JOURNEY
            + ")";
    static final String LANES_OF_JOURNEY = "SELECT ID FROM JOURNEY_LANE WHERE JOURNEY_ID = ?";

    static final Table LANE = new Table("JOURNEY_LANE", List.of(), List.of(), List.of("KIND", "TITLE", "SORT_ORDER"),
            false, "JOURNEY_ID = ?");
    static final Table STAGE = new Table("JOURNEY_STAGE", List.of(), List.of(), List.of("NAME", "SORT_ORDER"), true,
            "JOURNEY_ID = ?");
    static final Table STEP = new Table("JOURNEY_STEP", List.of("STAGE_ID"), List.of(STAGE),
            List.of("NAME", "SORT_ORDER", "OWNER_FUNCTION", "EMOTION", "INTERACTION_TYPE"), true,
            "STAGE_ID IN (" + STAGES_OF_JOURNEY + ")");
    static final Table TOUCHPOINT = new Table("TOUCHPOINT", List.of("STEP_ID"), List.of(STEP),
            List.of("NAME", "SORT_ORDER", "CHANNELS", "TAGS", "INTERACTION_TYPE", "DETAILS"), true,
            "STEP_ID IN (" + STEPS_OF_JOURNEY + ")");
    static final Table CARD = new Table("LANE_CARD", List.of("STEP_ID", "LANE_ID"), List.of(STEP, LANE),
            List.of("CARD_TEXT", "DETAILS", "OWNER_NAME", "STATUS", "PRIORITY", "ADDRESSES", "SORT_ORDER"), false,
            "LANE_ID IN (" + LANES_OF_JOURNEY + ")");

    /** Parents before children: the order of inserts and updates; deletes go the other way. */
    static final List<Table> ALL = List.of(LANE, STAGE, STEP, TOUCHPOINT, CARD);

    private JourneyTables() {
    }

    /** The rows of each child table that store the map, in the map's order. */
    static Map<Table, Map<String, Row>> rows(JourneyMap map) {
        Map<Table, Map<String, Row>> rows = new LinkedHashMap<>();
        ALL.forEach(table -> rows.put(table, new LinkedHashMap<>()));
        for (int i = 0; i < map.lanes().size(); i++) {
            JourneyLane lane = map.lanes().get(i);
            put(rows, LANE, lane.id(), List.of(), lane.kind().name(), lane.title(), i);
        }
        for (int s = 0; s < map.stages().size(); s++) {
            JourneyStage stage = map.stages().get(s);
            put(rows, STAGE, stage.id(), List.of(), stage.name(), s);
            for (int i = 0; i < stage.steps().size(); i++) {
                JourneyStep step = stage.steps().get(i);
                put(rows, STEP, step.id(), List.of(stage.id()), step.name(), i, name(step.owner()), step.emotion(),
                        name(step.interactionType()));
                cards(rows, map, step);
            }
        }
        return rows;
    }

    private static void cards(Map<Table, Map<String, Row>> rows, JourneyMap map, JourneyStep step) {
        String touchpoints = LaneKind.TOUCHPOINTS.defaultLaneId();
        for (JourneyLane lane : map.lanes()) {
            List<Card> cards = step.cards(lane.id());
            for (int i = 0; i < cards.size(); i++) {
                Card c = cards.get(i);
                if (lane.id().equals(touchpoints)) {
                    put(rows, TOUCHPOINT, c.id(), List.of(step.id()), c.text(), i, Lists.join(c.channels()),
                            Lists.join(c.tags()), name(c.interactionType()), c.details());
                } else {
                    put(rows, CARD, c.id(), List.of(step.id(), lane.id()), c.text(), c.details(), c.owner(),
                            name(c.status()), name(c.priority()), Lists.join(c.addresses()), i);
                }
            }
        }
    }

    private static void put(Map<Table, Map<String, Row>> rows, Table table, String stableId, List<String> parents,
            Object... values) {
        List<Object> list = new ArrayList<>(values.length);
        for (Object value : values) {
            list.add(value); // nulls allowed, unlike List.of
        }
        rows.get(table).put(stableId, new Row(stableId, parents, list));
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}

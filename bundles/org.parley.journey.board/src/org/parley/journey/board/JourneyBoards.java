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

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.parley.model.journey.Card;
import org.parley.model.journey.JourneyLane;
import org.parley.model.journey.JourneyMap;
import org.parley.model.journey.JourneyStage;
import org.parley.model.journey.JourneyStep;
import org.parley.model.journey.LaneKind;
import org.parley.journey.TouchpointFigure;
import org.parley.ui.board.Board;
import org.parley.ui.board.Marker;
import org.parley.ui.board.RowKind;

/**
 * Turns a journey map into a board: stages are groups of columns, steps are columns, lanes are
 * rows, the emotion lane is a curve, pain points and opportunities are marked, and touchpoints
 * carry their live figures as badges. Value lanes (interaction type, owner) show the step's value
 * as one card.
 */
public final class JourneyBoards {

    private JourneyBoards() {
    }

    public static Board toBoard(JourneyMap map, Map<String, TouchpointFigure> figures) {
        Board.Builder builder = Board.builder(map.name());
        for (JourneyStage stage : map.stages()) {
            builder.group(stage.id(), stage.name());
            for (JourneyStep step : stage.steps()) {
                builder.column(step.id(), step.name());
            }
        }
        for (JourneyLane lane : map.lanes()) {
            RowKind kind = lane.kind() == LaneKind.EMOTION ? RowKind.CURVE : RowKind.CARDS;
            builder.row(lane.id(), lane.title(), kind, accent(lane.kind()));
        }
        for (JourneyStep step : map.steps()) {
            for (JourneyLane lane : map.lanes()) {
                fill(builder, step, lane, figures);
            }
        }
        return builder.build();
    }

    private static void fill(Board.Builder builder, JourneyStep step, JourneyLane lane,
            Map<String, TouchpointFigure> figures) {
        switch (lane.kind()) {
            case EMOTION -> builder.value(lane.id(), step.id(), step.emotion());
            case INTERACTION_TYPE -> {
                if (step.interactionType() != null) {
                    builder.card(lane.id(), step.id(), valueCard(Labels.of(step.interactionType())));
                }
            }
            case OWNING_FUNCTION -> {
                if (step.owner() != null) {
                    builder.card(lane.id(), step.id(), valueCard(Labels.of(step.owner())));
                }
            }
            default -> {
                for (Card card : step.cards(lane.id())) {
                    builder.card(lane.id(), step.id(), toCard(lane.kind(), card, figures.get(card.id())));
                }
            }
        }
    }

    private static org.parley.ui.board.Card valueCard(String text) {
        return new org.parley.ui.board.Card(null, text, Marker.NONE, List.of());
    }

    static org.parley.ui.board.Card toCard(LaneKind kind, Card card, TouchpointFigure figure) {
        List<String> badges = new ArrayList<>();
        Marker marker = Marker.NONE;
        if (kind == LaneKind.PAIN_POINTS) {
            marker = Marker.PAIN;
        } else if (kind == LaneKind.OPPORTUNITIES) {
            marker = Marker.OPPORTUNITY;
            if (card.priority() != null) {
                badges.add(Labels.of(card.priority()));
            }
            if (card.status() != null) {
                badges.add(Labels.of(card.status()));
            }
            if (card.owner() != null && !card.owner().isBlank()) {
                badges.add(card.owner());
            }
        } else if (kind == LaneKind.TOUCHPOINTS) {
            badges.addAll(figure == null ? card.channels() : figureBadges(figure));
        }
        return new org.parley.ui.board.Card(card.id(), card.text(), marker, badges);
    }

    /** Volume, average sentiment and median first response, short enough for a badge. */
    public static List<String> figureBadges(TouchpointFigure figure) {
        List<String> badges = new ArrayList<>();
        badges.add(figure.volume() + " msg" + (figure.volume() == 1 ? "" : "s"));
        if (figure.averageSentiment().isPresent()) {
            double sentiment = figure.averageSentiment().getAsDouble();
            badges.add("sentiment " + (sentiment > 0 ? "+" : "") + String.format(Locale.ROOT, "%.2f", sentiment));
        }
        figure.medianFirstResponse().ifPresent(median -> badges.add("1st reply " + duration(median)));
        return badges;
    }

    /** A duration as a planner reads it: 45m, 3h 20m, 2d 4h. */
    public static String duration(Duration duration) {
        long minutes = Math.max(0, duration.toMinutes());
        if (minutes < 60) {
            return minutes + "m";
        }
        if (minutes < 24 * 60) {
            return minutes / 60 + "h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + "m");
        }
        long hours = minutes / 60;
        return hours / 24 + "d" + (hours % 24 == 0 ? "" : " " + hours % 24 + "h");
    }

    /** Colour of a lane's cards, by the kind of lane. */
    public static int accent(LaneKind kind) {
        return switch (kind) {
            case CUSTOMER_ACTIONS -> 0x3B5B92;
            case TOUCHPOINTS -> 0x2E8686;
            case THOUGHTS -> 0x8A7A3A;
            case EMOTION -> 0x7358A0;
            case PAIN_POINTS -> 0xD64545;
            case OPPORTUNITIES -> 0x2E9E6B;
            case INTERACTION_TYPE -> 0x5B7DB8;
            case OWNING_FUNCTION -> 0xB8693A;
            case BACKSTAGE -> 0x6B7480;
            case SYSTEMS_DATA -> 0x4A5568;
            default -> 0x8C6BB1;
        };
    }
}

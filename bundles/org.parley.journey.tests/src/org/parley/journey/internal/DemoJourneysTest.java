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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.demo.DemoWorkspace;
import org.parley.model.journey.Card;
import org.parley.journey.Finding;
import org.parley.journey.JourneyChecks;
import org.parley.model.journey.JourneyInfo;
import org.parley.model.journey.JourneyMap;
import org.parley.journey.JourneyService;
import org.parley.model.journey.LaneKind;
import org.parley.journey.Period;
import org.parley.journey.TouchpointFigure;
import org.parley.journey.TouchpointFigures;
import org.parley.store.InteractionsAdded;
import org.parley.store.Store;

/**
 * The demo journeys are rich, and their badges agree with counts made straight from the database:
 * by channel and by connector tag or classified topic, so every touchpoint shows the demo's
 * traffic.
 */
class DemoJourneysTest {

    private static final Instant NOW = Instant.parse("2026-11-23T18:00:00Z");

    @TempDir
    Path workspace;

    private final JourneyService journeys = Services.get(JourneyService.class);
    private final TouchpointFigures figures = Services.get(TouchpointFigures.class);

    /** One stored interaction, as a plain row. */
    private record Row(long id, String channel, String tags, Instant at, boolean inbound, Long conversation,
            Double sentiment, String topics) {

        List<String> labels() {
            List<String> labels = new ArrayList<>();
            for (String list : new String[]{tags, topics}) {
                if (list != null) {
                    labels.addAll(Arrays.asList(list.split(",")));
                }
            }
            return labels;
        }
    }

    @Test
    void theDemoJourneysAreFullMapsWithEveryLaneFilled() {
        try (Store store = Services.open(workspace)) {
            Services.get(DemoWorkspace.class).seed(store, NOW);
            List<JourneyInfo> list = journeys.list(store);
            assertEquals(2, list.size());
            for (JourneyInfo info : list) {
                JourneyMap map = journeys.load(store, info.databaseId()).orElseThrow();
                assertTrue(map.stages().size() >= 4, map.name());
                assertTrue(map.steps().size() >= 7, map.name());
                assertEquals(1, map.personas().size());
                for (LaneKind kind : List.of(LaneKind.CUSTOMER_ACTIONS, LaneKind.TOUCHPOINTS, LaneKind.THOUGHTS,
                        LaneKind.PAIN_POINTS, LaneKind.OPPORTUNITIES, LaneKind.BACKSTAGE, LaneKind.SYSTEMS_DATA)) {
                    assertTrue(map.steps().stream().anyMatch(s -> !s.cards(kind).isEmpty()), map.name() + " " + kind);
                }
                assertTrue(map.steps().stream().allMatch(s -> s.owner() != null), "every step has an owner");
                assertTrue(map.steps().stream().map(s -> s.emotion()).distinct().count() >= 3, "the curve moves");
                List<Finding> findings = Services.get(JourneyChecks.class).check(map);
                assertTrue(findings.stream().noneMatch(f -> f.code().equals("pain-point-without-opportunity")),
                        findings.toString());
            }
            assertEquals(1L, (long) store.query(c -> count(c.prepareStatement("SELECT COUNT(*) FROM CANVAS"))));
        }
    }

    @Test
    void withTheShippedConnectorsEveryChannelOfTheDemoJourneysAndTemplatesHasAConnector() {
        JourneyChecks checks = Services.get(JourneyChecks.class);
        Set<String> shipped = Set.of("email", "x", "facebook", "forum", "review", "phone", "chat");
        Services.waitFor("the shipped connectors are bound", () -> checks.connectedChannels().containsAll(shipped));
        try (Store store = Services.open(workspace)) {
            Services.get(DemoWorkspace.class).seed(store, NOW);
            List<JourneyMap> maps = new ArrayList<>();
            journeys.list(store).forEach(info -> maps.add(journeys.load(store, info.databaseId()).orElseThrow()));
            journeys.templates().forEach(template -> maps.add(journeys.fromTemplate(template.id())));
            assertEquals(4, maps.size());
            for (JourneyMap map : maps) {
                List<Finding> unknown = checks.check(map).stream()
                        .filter(f -> f.code().equals("channel-without-connector")).toList();
                assertEquals(List.of(), unknown, map.name());
                assertTrue(map.touchpoints().stream().noneMatch(t -> t.channels().contains("feed")),
                        "'feed' is a connector, its channels are forum and review: " + map.name());
            }
        }
    }

    @Test
    void everyBadgeOfTheDemoMatchesACountMadeStraightFromTheDatabase() {
        Services.get(InteractionsAdded.class); // analytics, which classifies the demo's messages
        try (Store store = Services.open(workspace)) {
            Services.get(DemoWorkspace.class).seed(store, NOW);
            List<Row> rows = rows(store);
            Period month = new Period(NOW.minus(Duration.ofDays(30)), NOW);
            int withTraffic = 0;
            int touchpoints = 0;
            for (JourneyInfo info : journeys.list(store)) {
                JourneyMap map = journeys.load(store, info.databaseId()).orElseThrow();
                Map<String, TouchpointFigure> badges = figures.figures(store, map, month);
                for (Card touchpoint : map.touchpoints()) {
                    TouchpointFigure badge = badges.get(touchpoint.id());
                    List<Row> matching = rows.stream().filter(r -> matches(touchpoint, month, r, rows)).toList();
                    String what = map.name() + " / " + touchpoint.text();
                    assertEquals(matching.size(), badge.volume(), what);
                    OptionalDouble average = average(matching);
                    assertEquals(average.isPresent(), badge.averageSentiment().isPresent(), what);
                    if (average.isPresent()) {
                        // the database adds in its own order: equal up to rounding
                        assertEquals(average.getAsDouble(), badge.averageSentiment().getAsDouble(), 1e-12, what);
                    }
                    long[] waits = waits(matching, rows);
                    assertEquals(waits.length, badge.answered(), what);
                    if (waits.length > 0) {
                        assertEquals(Duration.ofMillis(median(waits)), badge.medianFirstResponse().orElseThrow(), what);
                    }
                    assertEquals(matching.stream().map(Row::id).sorted().toList(), figures
                            .interactionIds(store, touchpoint, month, 10_000).stream().sorted().toList(), what);
                    touchpoints++;
                    withTraffic += badge.volume() > 0 ? 1 : 0;
                    if (touchpoint.text().equals("Outage complaints on X")) {
                        assertTrue(badge.volume() > 0, "the central touchpoint counts the X messages about outages");
                        assertTrue(matching.stream().anyMatch(r -> r.inbound() && r.tags() == null), "by topic");
                    }
                }
            }
            assertEquals(touchpoints, withTraffic, "every touchpoint of the demo shows traffic");
        }
    }

    /**
     * On a channel of the touchpoint in the period, and carrying one of its tags as a connector tag or
     * a topic; our own reply carries the topics of the customer messages of its conversation.
     */
    private static boolean matches(Card touchpoint, Period period, Row row, List<Row> all) {
        if (row.at().isBefore(period.from()) || !row.at().isBefore(period.to())
                || !touchpoint.channels().contains(row.channel())) {
            return false;
        }
        List<String> labels = row.labels();
        if (!row.inbound() && row.conversation() != null) {
            all.stream().filter(r -> row.conversation().equals(r.conversation()) && r.topics() != null)
                    .forEach(r -> labels.addAll(Arrays.asList(r.topics().split(","))));
        }
        return touchpoint.tags().isEmpty() || touchpoint.tags().stream().anyMatch(labels::contains);
    }

    private static OptionalDouble average(List<Row> rows) {
        return rows.stream().filter(r -> r.sentiment() != null).mapToDouble(Row::sentiment).average();
    }

    private static long[] waits(List<Row> matching, List<Row> all) {
        Map<Long, List<Row>> byConversation = new HashMap<>();
        all.stream().filter(r -> r.conversation() != null)
                .forEach(r -> byConversation.computeIfAbsent(r.conversation(), k -> new ArrayList<>()).add(r));
        return matching.stream().filter(r -> r.inbound() && r.conversation() != null)
                .mapToLong(asked -> byConversation.get(asked.conversation()).stream()
                        .filter(r -> !r.inbound() && r.at().isAfter(asked.at()))
                        .mapToLong(r -> r.at().toEpochMilli() - asked.at().toEpochMilli()).min().orElse(-1))
                .filter(wait -> wait >= 0).toArray();
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static List<Row> rows(Store store) {
        return store.query(connection -> {
            List<Row> rows = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement("SELECT I.ID, I.CHANNEL, I.TAGS,"
                    + " I.OCCURRED_AT, I.DIRECTION, I.CONVERSATION_ID, C.SENTIMENT_SCORE, C.TOPICS FROM INTERACTION I"
                    + " LEFT JOIN INTERACTION_CLASSIFICATION C ON C.INTERACTION_ID = I.ID");
                    ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    long conversation = rs.getLong(6);
                    Long conversationId = rs.wasNull() ? null : conversation;
                    double score = rs.getDouble(7);
                    Double sentiment = rs.wasNull() ? null : score;
                    rows.add(new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant(),
                            "INBOUND".equals(rs.getString(5)), conversationId, sentiment, rs.getString(8)));
                }
            }
            return rows;
        });
    }

    private static long count(PreparedStatement statement) throws java.sql.SQLException {
        try (statement; ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

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
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.journey.Card;
import org.parley.model.journey.JourneyBuilder;
import org.parley.model.journey.JourneyMap;
import org.parley.journey.Period;
import org.parley.journey.TouchpointFigure;
import org.parley.journey.TouchpointFigures;
import org.parley.model.Conversation;
import org.parley.model.Direction;
import org.parley.model.Identity;
import org.parley.model.Interaction;
import org.parley.model.InteractionType;
import org.parley.model.OwningFunction;
import org.parley.store.Store;

/** A touchpoint's badge: how many messages, how they felt, how fast the brand answered. */
class TouchpointFiguresTest {

    private static final Instant MONDAY = Instant.parse("2026-11-16T09:00:00Z");

    @TempDir
    Path workspace;

    private final TouchpointFigures figures = Services.get(TouchpointFigures.class);

    @Test
    void outageComplaintsOnXCountTheirVolumeSentimentAndMedianFirstResponse() {
        try (Store store = Services.open(workspace)) {
            List<Object> data = new ArrayList<>();
            Identity brand = new Identity("x", "@NorthwindCare");
            data.add(brand);
            // three outage complaints answered after 10, 30 and 90 minutes; one not answered yet
            thread(data, brand, "a", MONDAY, "outage", 10);
            thread(data, brand, "b", MONDAY.plus(Duration.ofHours(1)), "outage,speed", 30);
            thread(data, brand, "c", MONDAY.plus(Duration.ofHours(2)), "outage", 90);
            thread(data, brand, "d", MONDAY.plus(Duration.ofHours(3)), "outage", -1);
            // not counted: another tag, another channel, outside the period
            thread(data, brand, "e", MONDAY, "billing", 5);
            data.add(message("email", "f", Direction.INBOUND, MONDAY, "outage", null));
            thread(data, brand, "g", MONDAY.minus(Duration.ofDays(2)), "outage", 5);
            store.saveAll(data);
            classify(store, List.of("x-a-1", "x-b-1", "x-c-1"), List.of(-0.8, -0.4, 0.0));

            Card outageOnX = Card.touchpoint("Outage complaints on X", InteractionType.C2C_OFF_SITE, List.of("x"),
                    List.of("outage"));
            Period week = new Period(MONDAY, MONDAY.plus(Duration.ofDays(7)));
            TouchpointFigure figure = figures.figure(store, outageOnX, week);

            assertEquals(7, figure.volume(), "4 complaints and the 3 answers, which mention the outage too");
            assertEquals(-0.4, figure.averageSentiment().getAsDouble(), 1e-9, "average of the classified ones");
            assertEquals(3, figure.answered());
            assertEquals(Optional.of(Duration.ofMinutes(30)), figure.medianFirstResponse());
            assertEquals(7, figures.interactionIds(store, outageOnX, week, 100).size());
            assertEquals(2, figures.interactionIds(store, outageOnX, week, 2).size());
            assertTrue(figures.sentimentSource(store).contains("SENTIMENT_SCORE"));
        }
    }

    @Test
    void thePeriodIncludesItsStartAndExcludesItsEnd() {
        try (Store store = Services.open(workspace)) {
            store.saveAll(List.of(message("forum", "start", Direction.INBOUND, MONDAY, "speed", null),
                    message("forum", "end", Direction.INBOUND, MONDAY.plusSeconds(3600), "speed", null)));
            Card forum = Card.touchpoint("Forum", InteractionType.C2C_ON_SITE, List.of("forum"), List.of());
            assertEquals(1, figures.figure(store, forum, new Period(MONDAY, MONDAY.plusSeconds(3600))).volume());
            assertEquals(0, figures.figure(store, forum, new Period(MONDAY.plusSeconds(1), MONDAY.plusSeconds(3600)))
                    .volume());
            assertEquals(2, figures.figure(store, forum, new Period(MONDAY, MONDAY.plusSeconds(3601))).volume());
        }
    }

    @Test
    void anEmptyWorkspaceGivesZeroAndNoAverageOrMedianForEveryTouchpoint() {
        try (Store store = Services.open(workspace)) {
            JourneyBuilder b = new JourneyBuilder("Empty");
            b.stage("One").step("Step", 0, OwningFunction.SERVICE, null)
                    .touchpoint("Phone", InteractionType.B2C_PRIVATE, List.of("phone"), List.of("billing"))
                    .touchpoint("Nowhere", InteractionType.B2C_PRIVATE, List.of(), List.of("billing"));
            JourneyMap map = b.build();
            Map<String, TouchpointFigure> all = figures.figures(store, map, Period.lastDays(30, Instant.now()));
            assertEquals(2, all.size());
            for (TouchpointFigure figure : all.values()) {
                assertEquals(0, figure.volume());
                assertTrue(figure.averageSentiment().isEmpty());
                assertTrue(figure.medianFirstResponse().isEmpty());
            }
        }
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertEquals(20, SqlTouchpointFigures.median(new long[]{40, 10, 30, 5}));
        assertEquals(7, SqlTouchpointFigures.median(new long[]{7}));
    }

    private static void thread(List<Object> data, Identity brand, String key, Instant at, String tags,
            int answerMinutes) {
        Conversation conversation = new Conversation("x", "thread-" + key + "-" + at.toEpochMilli(), at);
        data.add(conversation);
        data.add(message("x", key + "-1", Direction.INBOUND, at, tags, conversation));
        if (answerMinutes >= 0) {
            Interaction answer = message("x", key + "-2", Direction.OUTBOUND,
                    at.plus(Duration.ofMinutes(answerMinutes)),
                    tags, conversation);
            answer.setAuthor(brand);
            data.add(answer);
        }
    }

    private static Interaction message(String channel, String key, Direction direction, Instant at, String tags,
            Conversation conversation) {
        Interaction message = new Interaction(channel, channel + "-" + key, direction, at);
        message.setText("message " + key);
        message.setTags(List.of(tags.split(",")));
        message.setConversation(conversation);
        return message;
    }

    /** What the analytics bundle stores for a classified interaction. */
    private static void classify(Store store, List<String> externalIds, List<Double> scores) {
        store.jdbc(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO INTERACTION_CLASSIFICATION"
                    + " (INTERACTION_ID, TYPES, SENTIMENT_SCORE, SENTIMENT_LABEL, ACTION_NEEDED, INFLUENCE, CHAIN,"
                    + " CORRECTED, CLASSIFIED_AT) SELECT ID, 'complaint', ?, 'negative', 'reply', 10, 'test', FALSE,"
                    + " ? FROM INTERACTION WHERE EXTERNAL_ID = ?")) {
                for (int i = 0; i < externalIds.size(); i++) {
                    insert.setDouble(1, scores.get(i));
                    insert.setTimestamp(2, Timestamp.from(MONDAY));
                    insert.setString(3, externalIds.get(i));
                    assertEquals(1, insert.executeUpdate());
                }
            }
            return null;
        });
    }
}

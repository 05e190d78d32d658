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
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import org.osgi.service.component.annotations.Component;
import org.parley.model.journey.Card;
import org.parley.model.journey.JourneyMap;
import org.parley.journey.Period;
import org.parley.journey.TouchpointFigure;
import org.parley.journey.TouchpointFigures;
import org.parley.store.Store;

/**
 * Touchpoint figures in SQL. Volume and average sentiment are one aggregate query per touchpoint;
 * first responses are one query returning two timestamps per answered inbound interaction (the
 * median needs the values, and Derby has no percentile function), kept as an array of longs.
 * Sentiment comes from the analytics schema's {@code INTERACTION_CLASSIFICATION.SENTIMENT_SCORE}
 * when the workspace has that table; without it there is no average.
 */
@Component(service = TouchpointFigures.class)
public final class SqlTouchpointFigures implements TouchpointFigures {

    static final String SENTIMENT_TABLE = "INTERACTION_CLASSIFICATION";
    static final String SENTIMENT_COLUMN = "SENTIMENT_SCORE";

    @Override
    public Map<String, TouchpointFigure> figures(Store store, JourneyMap map, Period period) {
        return store.query(connection -> {
            boolean sentiment = hasSentiment(connection);
            Map<String, TouchpointFigure> figures = new LinkedHashMap<>();
            for (Card touchpoint : map.touchpoints()) {
                figures.put(touchpoint.id(), figure(connection, touchpoint, period, sentiment));
            }
            return figures;
        });
    }

    @Override
    public TouchpointFigure figure(Store store, Card touchpoint, Period period) {
        return store.query(connection -> figure(connection, touchpoint, period, hasSentiment(connection)));
    }

    @Override
    public List<Long> interactionIds(Store store, Card touchpoint, Period period, int limit) {
        Match match = Match.of(touchpoint);
        if (match.empty()) {
            return List.of();
        }
        return store.query(connection -> {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement("SELECT I.ID FROM INTERACTION I WHERE "
                    + match.where("I") + " ORDER BY I.OCCURRED_AT DESC, I.ID DESC")) {
                match.bind(statement, 1, period);
                statement.setMaxRows(limit);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
            return ids;
        });
    }

    @Override
    public String sentimentSource(Store store) {
        return store.query(connection -> hasSentiment(connection) ? SENTIMENT_TABLE + "." + SENTIMENT_COLUMN : null);
    }

    private static TouchpointFigure figure(Connection connection, Card touchpoint, Period period, boolean sentiment)
            throws SQLException {
        Match match = Match.of(touchpoint);
        if (match.empty()) {
            return TouchpointFigure.none(touchpoint.id());
        }
        long volume;
        OptionalDouble average = OptionalDouble.empty();
        String sql = sentiment
                ? "SELECT COUNT(*), AVG(C." + SENTIMENT_COLUMN + "), COUNT(C." + SENTIMENT_COLUMN
                        + ") FROM INTERACTION I"
                        + " LEFT JOIN " + SENTIMENT_TABLE + " C ON C.INTERACTION_ID = I.ID WHERE " + match.where("I")
                : "SELECT COUNT(*) FROM INTERACTION I WHERE " + match.where("I");
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            match.bind(statement, 1, period);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                volume = rs.getLong(1);
                if (sentiment && rs.getLong(3) > 0) {
                    average = OptionalDouble.of(rs.getDouble(2));
                }
            }
        }
        long[] waits = firstResponses(connection, match, period);
        Optional<Duration> median = waits.length == 0
                ? Optional.empty()
                : Optional.of(Duration.ofMillis(median(waits)));
        return new TouchpointFigure(touchpoint.id(), volume, average, median, waits.length);
    }

    /** Milliseconds from each answered inbound interaction to the first outbound one after it. */
    private static long[] firstResponses(Connection connection, Match match, Period period) throws SQLException {
        String sql = "SELECT I.OCCURRED_AT, (SELECT MIN(R.OCCURRED_AT) FROM INTERACTION R"
                + " WHERE R.CONVERSATION_ID = I.CONVERSATION_ID AND R.DIRECTION = 'OUTBOUND'"
                + " AND R.OCCURRED_AT > I.OCCURRED_AT) FROM INTERACTION I WHERE " + match.where("I")
                + " AND I.DIRECTION = 'INBOUND' AND I.CONVERSATION_ID IS NOT NULL";
        long[] waits = new long[64];
        int count = 0;
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            match.bind(statement, 1, period);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    Timestamp asked = rs.getTimestamp(1);
                    Timestamp answered = rs.getTimestamp(2);
                    if (answered != null) {
                        if (count == waits.length) {
                            waits = Arrays.copyOf(waits, count * 2);
                        }
                        waits[count++] = answered.toInstant().toEpochMilli() - asked.toInstant().toEpochMilli();
                    }
                }
            }
        }
        return Arrays.copyOf(waits, count);
    }

    /** The median; for an even count, the mean of the two middle values. */
    static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static boolean hasSentiment(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        for (String table : List.of(SENTIMENT_TABLE, SENTIMENT_TABLE.toLowerCase(java.util.Locale.ROOT))) {
            try (ResultSet columns = meta.getColumns(null, null, table, null)) {
                while (columns.next()) {
                    if (SENTIMENT_COLUMN.equalsIgnoreCase(columns.getString("COLUMN_NAME"))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}

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

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collections;
import java.util.List;

import org.parley.model.journey.Card;
import org.parley.journey.Period;

/**
 * Which interactions a touchpoint covers: in the period, on one of its channels and, when it names
 * tags, carrying at least one of them (interaction tags are a sorted, comma-separated column).
 */
record Match(List<String> channels, List<String> tags) {

    static Match of(Card touchpoint) {
        return new Match(touchpoint.channels(), touchpoint.tags());
    }

    /** A touchpoint without channels covers nothing. */
    boolean empty() {
        return channels.isEmpty();
    }

    /** The WHERE condition for an INTERACTION table under the given alias. */
    String where(String alias) {
        StringBuilder sql = new StringBuilder();
        sql.append(alias).append(".OCCURRED_AT >= ? AND ").append(alias).append(".OCCURRED_AT < ? AND ")
                .append(alias).append(".CHANNEL IN (")
                .append(String.join(", ", Collections.nCopies(channels.size(), "?")))
                .append(')');
        if (!tags.isEmpty()) {
            sql.append(" AND (");
            for (int i = 0; i < tags.size(); i++) {
                sql.append(i == 0 ? "" : " OR ").append("(',' || ").append(alias)
                        .append(".TAGS || ',') LIKE ? ESCAPE '!'");
            }
            sql.append(')');
        }
        return sql.toString();
    }

    /** Binds the parameters of {@link #where(String)} from the given index; returns the next index. */
    int bind(PreparedStatement statement, int first, Period period) throws SQLException {
        int index = first;
        statement.setTimestamp(index++, Timestamp.from(period.from()));
        statement.setTimestamp(index++, Timestamp.from(period.to()));
        for (String channel : channels) {
            statement.setString(index++, channel);
        }
        for (String tag : tags) {
            statement.setString(index++, "%," + tag.replace("!", "!!").replace("%", "!%").replace("_", "!_") + ",%");
        }
        return index;
    }
}

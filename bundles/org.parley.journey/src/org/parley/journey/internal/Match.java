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
 * tags, carrying at least one of them as a connector's tag or as a topic the classifier found (both
 * are comma-separated columns); our own replies count with the topics of the conversation they
 * answer.
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
                sql.append(i == 0 ? "" : " OR ").append(tagOrTopic(alias));
            }
            sql.append(')');
        }
        return sql.toString();
    }

    /**
     * A connector's tag on the interaction, or a topic of its classification, or (for our own reply) a
     * topic of a customer message in the same conversation: a reply is about what it answers.
     */
    private static String tagOrTopic(String alias) {
        String topic = "(',' || T.TOPICS || ',') LIKE ? ESCAPE '!'";
        return "(',' || " + alias + ".TAGS || ',') LIKE ? ESCAPE '!'"
                + " OR EXISTS (SELECT 1 FROM INTERACTION_CLASSIFICATION T WHERE T.INTERACTION_ID = " + alias
                + ".ID AND " + topic + ")"
                + " OR " + alias + ".DIRECTION = 'OUTBOUND' AND EXISTS (SELECT 1 FROM INTERACTION Q"
                + " JOIN INTERACTION_CLASSIFICATION T ON T.INTERACTION_ID = Q.ID WHERE Q.CONVERSATION_ID = "
                + alias + ".CONVERSATION_ID AND " + topic + ")";
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
            String like = "%," + tag.replace("!", "!!").replace("%", "!%").replace("_", "!_") + ",%";
            for (int k = 0; k < 3; k++) {
                statement.setString(index++, like);
            }
        }
        return index;
    }
}

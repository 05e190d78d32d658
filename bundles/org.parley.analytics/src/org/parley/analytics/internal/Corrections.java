/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.analytics.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.parley.analytics.ActionNeeded;
import org.parley.analytics.Aspect;
import org.parley.analytics.Classification;
import org.parley.analytics.ClassifierId;
import org.parley.analytics.Correction;
import org.parley.analytics.Cue;
import org.parley.analytics.SentimentLabel;

/**
 * Agents' corrections in {@code CLASSIFICATION_CORRECTION}, and how they override a classification.
 */
final class Corrections {

    static final ClassifierId AGENT = new ClassifierId("agent", "1");

    private Corrections() {
    }

    static void insert(Connection connection, Correction correction) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO CLASSIFICATION_CORRECTION "
                + "(INTERACTION_ID, ASPECT, NEW_VALUE, PREVIOUS_VALUE, AGENT, CORRECTED_AT) "
                + "VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, correction.interactionId());
            insert.setString(2, correction.aspect().key());
            insert.setString(3, correction.value());
            insert.setString(4, correction.previous());
            insert.setString(5, ClassificationTable.cut(correction.agent(), 200));
            insert.setTimestamp(6, Timestamp.from(correction.at()));
            insert.executeUpdate();
        }
    }

    /** Corrections, oldest first: of one interaction, or of all when {@code interactionId} is null. */
    static List<Correction> list(Connection connection, Long interactionId) throws SQLException {
        String where = interactionId == null ? "" : " WHERE INTERACTION_ID = ?";
        List<Correction> corrections = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT INTERACTION_ID, ASPECT, NEW_VALUE, "
                + "PREVIOUS_VALUE, AGENT, CORRECTED_AT FROM CLASSIFICATION_CORRECTION" + where + " ORDER BY ID")) {
            if (interactionId != null) {
                select.setLong(1, interactionId);
            }
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    corrections.add(new Correction(rs.getLong(1),
                            Aspect.valueOf(rs.getString(2).toUpperCase(Locale.ROOT)), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getTimestamp(6).toInstant()));
                }
            }
        }
        return corrections;
    }

    /** The latest correction of each aspect of each corrected interaction. */
    static Map<Long, Map<Aspect, Correction>> latest(Connection connection) throws SQLException {
        Map<Long, Map<Aspect, Correction>> latest = new HashMap<>();
        for (Correction c : list(connection, null)) {
            latest.computeIfAbsent(c.interactionId(), id -> new EnumMap<>(Aspect.class)).put(c.aspect(), c);
        }
        return latest;
    }

    /** The classification with the agents' values in place of Parley's, each marked by a cue. */
    static Classification apply(Classification c, Collection<Correction> corrections) {
        var types = c.types();
        var label = c.sentimentLabel();
        var action = c.action();
        String actionCue = c.actionCue();
        var topics = c.topics();
        List<Cue> cues = new ArrayList<>(c.cues());
        Map<Aspect, ClassifierId> classifiers = new EnumMap<>(Aspect.class);
        classifiers.putAll(c.classifiers());
        for (Correction correction : corrections) {
            switch (correction.aspect()) {
                case TYPE -> types = Values.types(correction.value());
                case SENTIMENT -> label = SentimentLabel.of(correction.value());
                case ACTION -> {
                    action = ActionNeeded.of(correction.value());
                    actionCue = "corrected by " + correction.agent();
                }
                case TOPIC -> topics = Values.topics(correction.value());
                default -> {
                    continue;
                }
            }
            classifiers.put(correction.aspect(), AGENT);
            cues.removeIf(cue -> cue.aspect() == correction.aspect());
            cues.add(0, new Cue(AGENT, correction.aspect(), "correction", 1, correction.agent() + " corrected "
                    + correction.aspect().key() + " from " + correction.previous() + " to " + correction.value()));
        }
        return new Classification(types, c.sentimentScore(), label, action, actionCue, c.influence(),
                c.influenceExplanation(), cues, classifiers, topics);
    }
}

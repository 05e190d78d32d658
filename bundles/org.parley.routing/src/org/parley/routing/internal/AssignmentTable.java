/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.routing.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.parley.routing.Assignment;
import org.parley.routing.Priority;
import org.parley.routing.Target;

/** The ROUTING_ASSIGNMENT table: where each routed conversation went. */
final class AssignmentTable {

    private static final int REASON_LENGTH = 2000;

    private AssignmentTable() {
    }

    static void insert(Connection connection, List<Assignment> assignments, Instant now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO ROUTING_ASSIGNMENT "
                + "(CONVERSATION_ID, QUEUE_KIND, QUEUE_NAME, PRIORITY, DUE_AT, SLA_POLICY, RULE_ID, CONFIG_VERSION, "
                + "INTERACTION_ID, ROUTED_AT, REASON) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Assignment a : assignments) {
                insert.setLong(1, a.conversationId());
                insert.setString(2, a.target().kind().name());
                insert.setString(3, a.target().queue());
                insert.setString(4, a.target().priority().id());
                if (a.dueAt() == null) {
                    insert.setNull(5, Types.TIMESTAMP);
                } else {
                    insert.setTimestamp(5, Timestamp.from(a.dueAt()));
                }
                insert.setString(6, a.policy());
                insert.setString(7, a.ruleId());
                insert.setInt(8, a.configVersion());
                insert.setLong(9, a.interactionId());
                insert.setTimestamp(10, Timestamp.from(now));
                String reason = a.reason();
                insert.setString(11, reason.length() > REASON_LENGTH ? reason.substring(0, REASON_LENGTH) : reason);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    static Optional<Assignment> find(Connection connection, long conversationId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT QUEUE_KIND, QUEUE_NAME, PRIORITY, "
                + "DUE_AT, SLA_POLICY, RULE_ID, CONFIG_VERSION, INTERACTION_ID, REASON FROM ROUTING_ASSIGNMENT "
                + "WHERE CONVERSATION_ID = ?")) {
            select.setLong(1, conversationId);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                Target target = new Target(Target.Kind.valueOf(rows.getString(1)), rows.getString(2),
                        Priority.of(rows.getString(3)));
                Timestamp due = rows.getTimestamp(4);
                return Optional.of(new Assignment(conversationId, target, due == null ? null : due.toInstant(),
                        rows.getString(5), rows.getString(6), rows.getInt(7), rows.getLong(8), rows.getString(9)));
            }
        }
    }
}

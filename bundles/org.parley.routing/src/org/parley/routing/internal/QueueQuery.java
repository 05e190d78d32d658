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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.parley.routing.MessageFacts;
import org.parley.routing.Priority;
import org.parley.routing.QueueEntry;
import org.parley.routing.RoutingConfig;
import org.parley.routing.RoutingVersion;
import org.parley.routing.SlaPolicy;
import org.parley.routing.Target;
import org.parley.routing.internal.MessageQuery.Message;

/**
 * Reads the routed conversations of a queue with their messages and works out the due time of the
 * brand's next reply as the conversation stands now (the same clock as at routing: first reply when
 * the brand has not answered, next reply from the first customer message after its last answer).
 */
final class QueueQuery {

    private static final int SNIPPET = 140;

    private QueueQuery() {
    }

    /** One assignment row with what the queue shows about its conversation. */
    private record Row(long conversation, Target target, String policy, String rule, int version, String channel,
            String customer) {
    }

    /** A message's author and preview, kept beside its routing facts. */
    private record Line(Message message, String author) {
    }

    /**
     * The routed conversations of {@code queue} (all queues when {@code null}), next reply due first,
     * then those with nothing due.
     */
    static List<QueueEntry> read(Connection connection, String queue, Instant now) throws SQLException {
        Map<Long, Row> rows = assignments(connection, queue);
        Map<Long, List<Line>> lines = messages(connection, queue);
        Map<Integer, Optional<RoutingConfig>> configs = new HashMap<>();
        List<QueueEntry> entries = new ArrayList<>(rows.size());
        for (Row row : rows.values()) {
            List<Line> thread = lines.getOrDefault(row.conversation(), List.of());
            Router.Clock clock = Router.clock(thread.stream().map(Line::message).toList());
            Optional<SlaPolicy> policy = configs.computeIfAbsent(row.version(), v -> config(connection, v))
                    .flatMap(config -> config.policyFor(row.target().queue()));
            Instant due = clock == null || policy.isEmpty()
                    ? null
                    : policy.get().due(clock.start(), row.target().priority(), clock.first());
            Line shown = shown(thread, clock);
            String customer = row.customer() != null ? row.customer() : shown == null ? null : shown.author();
            entries.add(new QueueEntry(row.conversation(), row.target(), due, due != null && due.isBefore(now),
                    policy.map(SlaPolicy::name).orElse(row.policy()), row.rule(), row.version(), customer,
                    row.channel(), clock == null ? null : clock.start(),
                    shown == null ? "" : snippet(shown.message().facts().text())));
        }
        entries.sort(Comparator.comparing(QueueEntry::dueAt, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingLong(QueueEntry::conversationId));
        return entries;
    }

    /** The message the reply is due for, else the first customer message. */
    private static Line shown(List<Line> thread, Router.Clock clock) {
        Line first = null;
        for (Line line : thread) {
            if (!line.message().inbound()) {
                continue;
            }
            if (clock != null && line.message().facts().occurredAt().equals(clock.start())) {
                return line;
            }
            first = first == null ? line : first;
        }
        return first;
    }

    private static Optional<RoutingConfig> config(Connection connection, int version) {
        try {
            return ConfigTable.find(connection, version).map(RoutingVersion::config);
        } catch (SQLException e) {
            throw new IllegalStateException("routing version " + version + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static Map<Long, Row> assignments(Connection connection, String queue) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT a.CONVERSATION_ID, a.QUEUE_KIND, "
                + "a.QUEUE_NAME, a.PRIORITY, a.SLA_POLICY, a.RULE_ID, a.CONFIG_VERSION, cv.CHANNEL, cu.DISPLAY_NAME "
                + "FROM ROUTING_ASSIGNMENT a JOIN CONVERSATION cv ON cv.ID = a.CONVERSATION_ID "
                + "LEFT JOIN CUSTOMER cu ON cu.ID = cv.CUSTOMER_ID"
                + (queue == null ? "" : " WHERE a.QUEUE_NAME = ?") + " ORDER BY a.CONVERSATION_ID")) {
            if (queue != null) {
                select.setString(1, queue);
            }
            Map<Long, Row> rows = new LinkedHashMap<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    Target target = new Target(Target.Kind.valueOf(rs.getString(2)), rs.getString(3),
                            Priority.of(rs.getString(4)));
                    rows.put(rs.getLong(1), new Row(rs.getLong(1), target, rs.getString(5), rs.getString(6),
                            rs.getInt(7), rs.getString(8), rs.getString(9)));
                }
            }
            return rows;
        }
    }

    private static Map<Long, List<Line>> messages(Connection connection, String queue) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT i.CONVERSATION_ID, i.DIRECTION, "
                + "i.OCCURRED_AT, i.PREVIEW, idn.DISPLAY_NAME, idn.HANDLE, i.CHANNEL FROM INTERACTION i "
                + "JOIN ROUTING_ASSIGNMENT a ON a.CONVERSATION_ID = i.CONVERSATION_ID "
                + "LEFT JOIN CUSTOMER_IDENTITY idn ON idn.ID = i.AUTHOR_ID"
                + (queue == null ? "" : " WHERE a.QUEUE_NAME = ?")
                + " ORDER BY i.CONVERSATION_ID, i.OCCURRED_AT, i.ID")) {
            if (queue != null) {
                select.setString(1, queue);
            }
            Map<Long, List<Line>> lines = new HashMap<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    long conversation = rs.getLong(1);
                    MessageFacts facts = new MessageFacts(0, conversation, rs.getString(7),
                            rs.getTimestamp(3).toInstant(), rs.getString(4), List.of(), null);
                    String author = rs.getString(5) != null ? rs.getString(5) : rs.getString(6);
                    lines.computeIfAbsent(conversation, c -> new ArrayList<>()).add(new Line(
                            new Message(facts, "INBOUND".equals(rs.getString(2))), author));
                }
            }
            return lines;
        }
    }

    static String snippet(String text) {
        String flat = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        return flat.length() <= SNIPPET ? flat : flat.substring(0, SNIPPET - 1) + "\u2026";
    }
}

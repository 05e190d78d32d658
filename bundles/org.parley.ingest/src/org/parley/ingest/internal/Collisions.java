/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.ingest.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.parley.channels.ChannelConnector;
import org.parley.channels.ExternalIdReuse;
import org.parley.channels.InboundMessage;

/**
 * Gives each message of a {@link ExternalIdReuse#COLLISION} connector the external id it is stored
 * under, so that a message is never taken for another that carries the same id:
 * <ul>
 * <li>its own id when that is free, or holds the same message (stored, or earlier in the
 * batch);</li>
 * <li>when the id holds another message: {@code <id>#<16 hex digits of its hash>}, which is again
 * the same for the same message, so importing it again finds it;</li>
 * <li>when the id it gets is free and the connector names {@link ChannelConnector#formerExternalIds
 * former ids}, a message stored under one of them that is the same message (direction, author,
 * time, text) is moved to that id in the batch's transaction instead of being stored twice.</li>
 * </ul>
 * Messages of EDIT connectors pass unchanged. Runs in the batch's transaction, before its lookup.
 */
final class Collisions {

    private static final int HASH_DIGITS = 16;

    private final ChannelConnector connector;

    /**
     * @param connector
     *            the connector of the run, or null (EDIT)
     */
    Collisions(ChannelConnector connector) {
        this.connector = connector;
    }

    ExternalIdReuse reuse() {
        return connector == null ? ExternalIdReuse.EDIT : connector.externalIdReuse();
    }

    List<Hashed> place(Connection connection, List<Hashed> batch) throws SQLException {
        if (reuse() != ExternalIdReuse.COLLISION || batch.isEmpty()) {
            return batch;
        }
        Map<Hashed.Key, String> taken = new HashMap<>();
        List<Hashed> placed = new ArrayList<>(batch.size());
        try (PreparedStatement find = connection
                .prepareStatement("SELECT CONTENT_HASH FROM INTERACTION WHERE CHANNEL = ? AND EXTERNAL_ID = ?")) {
            for (Hashed h : batch) {
                placed.add(place(connection, find, h, taken));
            }
        }
        return placed;
    }

    private Hashed place(Connection connection, PreparedStatement find, Hashed h, Map<Hashed.Key, String> taken)
            throws SQLException {
        Hashed placed = h;
        String there = taken.containsKey(h.key()) ? taken.get(h.key()) : storedHash(find, h.key());
        if (there != null && !h.matches(there)) {
            placed = h.withExternalId(disambiguated(h.message().externalId(), h.hash()));
            there = taken.containsKey(placed.key()) ? taken.get(placed.key()) : storedHash(find, placed.key());
        }
        if (there == null) {
            adoptFormer(connection, placed, h.message());
        }
        taken.put(placed.key(), placed.hash());
        return placed;
    }

    /**
     * {@code <id>#<16 hex digits>}, the id cut so that the whole fits
     * {@link InboundMessage#MAX_EXTERNAL_ID}.
     */
    static String disambiguated(String externalId, String hash) {
        String suffix = "#" + hash.substring(0, HASH_DIGITS);
        return Sql.cut(externalId, InboundMessage.MAX_EXTERNAL_ID - suffix.length()) + suffix;
    }

    private static String storedHash(PreparedStatement find, Hashed.Key key) throws SQLException {
        find.setString(1, key.channel());
        find.setString(2, key.externalId());
        try (ResultSet rs = find.executeQuery()) {
            // a stored row without a hash (written by the JPA store) is taken as another message
            return rs.next() ? Objects.requireNonNullElse(rs.getString(1), "") : null;
        }
    }

    /**
     * Moves the message stored under a former id, if it is this message, to the message's id. The
     * connector is asked about the message as it handed it over ({@code read}), before any
     * disambiguation.
     */
    private void adoptFormer(Connection connection, Hashed h, InboundMessage read) throws SQLException {
        InboundMessage m = h.message();
        for (String former : connector.formerExternalIds(read)) {
            if (former == null || former.equals(m.externalId())) {
                continue;
            }
            Long id = sameMessageUnder(connection, m, former);
            if (id != null) {
                try (PreparedStatement move = connection.prepareStatement("UPDATE INTERACTION SET OPT_LOCK = "
                        + "OPT_LOCK + 1, EXTERNAL_ID = ?, CONTENT_HASH = ? WHERE ID = ?")) {
                    move.setString(1, m.externalId());
                    move.setString(2, h.hash());
                    move.setLong(3, id);
                    move.executeUpdate();
                }
                return;
            }
        }
    }

    /** The id of the row stored under {@code externalId} if it holds the same message, else null. */
    private static Long sameMessageUnder(Connection connection, InboundMessage m, String externalId)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT i.ID, i.DIRECTION, i.OCCURRED_AT, "
                + "i.BODY, a.HANDLE FROM INTERACTION i LEFT JOIN CUSTOMER_IDENTITY a ON a.ID = i.AUTHOR_ID "
                + "WHERE i.CHANNEL = ? AND i.EXTERNAL_ID = ?")) {
            select.setString(1, m.channel());
            select.setString(2, externalId);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                boolean same = m.direction().name().equals(rs.getString(2))
                        && m.occurredAt().toInstant().equals(Sql.instant(rs.getTimestamp(3)))
                        && m.text().equals(Objects.requireNonNullElse(rs.getString(4), ""))
                        && m.author().handle().equals(rs.getString(5));
                return same ? rs.getLong(1) : null;
            }
        }
    }
}

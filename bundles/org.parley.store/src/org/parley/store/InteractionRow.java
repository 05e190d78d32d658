/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.store;

import java.time.Instant;

import org.parley.model.Direction;

/**
 * One line of the interactions table: what a list of many thousand messages needs, nothing more.
 *
 * @param id
 *            the interaction id
 * @param occurredAt
 *            when it was sent
 * @param channel
 *            the channel id
 * @param direction
 *            inbound or outbound
 * @param author
 *            the author's display name, or handle when there is none
 * @param preview
 *            the text on one line, shortened
 */
public record InteractionRow(long id, Instant occurredAt, String channel, Direction direction, String author,
        String preview) {

    /** JPQL constructor: picks the display name over the handle. */
    public InteractionRow(Long id, Instant occurredAt, String channel, Direction direction, String handle,
            String displayName, String preview) {
        this(id, occurredAt, channel, direction, displayName != null && !displayName.isBlank() ? displayName : handle,
                preview);
    }
}

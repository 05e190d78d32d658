/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.model.journey;

import java.util.Objects;

/**
 * A row of the journey map. Built-in lanes (every kind but {@link LaneKind#CUSTOM}) always have
 * their kind's {@link LaneKind#defaultLaneId()}, so {@link JourneyStep#cards(LaneKind)} finds their
 * cards.
 *
 * @param id
 *            stable within the journey: the kind's {@link LaneKind#defaultLaneId()} for built-in
 *            lanes, a UUID for lanes users add
 * @param title
 *            the row's title
 * @param kind
 *            what the row holds
 */
public record JourneyLane(String id, String title, LaneKind kind) {

    public JourneyLane {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        title = title == null || title.isBlank() ? kind.defaultTitle() : title;
        if (kind != LaneKind.CUSTOM && !id.equals(kind.defaultLaneId())) {
            throw new IllegalArgumentException(
                    "The built-in " + kind + " lane has the id '" + kind.defaultLaneId() + "', not '" + id + "'");
        }
    }

    /** The built-in lane of a kind, with its default id and title. */
    public static JourneyLane of(LaneKind kind) {
        return new JourneyLane(kind.defaultLaneId(), kind.defaultTitle(), kind);
    }

    /** A lane a user adds, with a fresh id. */
    public static JourneyLane custom(String title) {
        return new JourneyLane(Ids.newId(), title, LaneKind.CUSTOM);
    }

    public JourneyLane withTitle(String newTitle) {
        return new JourneyLane(id, newTitle, kind);
    }
}

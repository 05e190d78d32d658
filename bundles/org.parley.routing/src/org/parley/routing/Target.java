/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.routing;

import java.util.Objects;

/**
 * Where a matching conversation goes: a team's or a person's queue, with a priority.
 *
 * @param kind
 *            a team queue or a person's own queue
 * @param queue
 *            the team's or person's name
 * @param priority
 *            the priority the conversation gets, which picks the SLA targets
 */
public record Target(Kind kind, String queue, Priority priority) {

    /** Whose queue. */
    public enum Kind {
        TEAM,
        PERSON
    }

    public Target {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(priority, "priority");
        if (queue == null || queue.isBlank()) {
            throw new IllegalArgumentException("a target needs a team or a person");
        }
        queue = queue.strip();
    }

    public static Target team(String team, Priority priority) {
        return new Target(Kind.TEAM, team, priority);
    }

    public static Target person(String person, Priority priority) {
        return new Target(Kind.PERSON, person, priority);
    }
}

/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.journey;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A span of time, from (inclusive) to (exclusive).
 */
public record Period(Instant from, Instant to) {

    public Period {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("A period ends after it starts: " + from + " .. " + to);
        }
    }

    /** The given number of days up to now. */
    public static Period lastDays(int days, Instant now) {
        return new Period(now.minus(Duration.ofDays(days)), now);
    }
}

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
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The live figures of one touchpoint over a period.
 *
 * @param touchpointId
 *            the touchpoint card's id
 * @param volume
 *            how many stored interactions match the touchpoint's channels and tags in the period
 * @param averageSentiment
 *            their average sentiment score (-1..+1), empty when none of them has one
 * @param medianFirstResponse
 *            the median time from an inbound interaction to the first outbound one after it in the
 *            same conversation, over the inbound interactions that got an answer; empty when none
 *            did
 * @param answered
 *            how many inbound interactions got an answer (the median's sample size)
 */
public record TouchpointFigure(String touchpointId, long volume, OptionalDouble averageSentiment,
        Optional<Duration> medianFirstResponse, long answered) {

    /** Figures of a touchpoint with nothing to count. */
    public static TouchpointFigure none(String touchpointId) {
        return new TouchpointFigure(touchpointId, 0, OptionalDouble.empty(), Optional.empty(), 0);
    }
}

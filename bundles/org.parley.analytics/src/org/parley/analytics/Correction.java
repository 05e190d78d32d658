/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.analytics;

import java.time.Instant;

/**
 * An agent's correction of one verdict on a stored message.
 *
 * @param interactionId
 *            the corrected message
 * @param aspect
 *            {@link Aspect#TYPE}, {@link Aspect#SENTIMENT} or {@link Aspect#ACTION}
 * @param value
 *            the agent's value: types as {@code complaint,question}, a sentiment label, an action
 * @param previous
 *            what Parley had said
 * @param agent
 *            who corrected it
 * @param at
 *            when
 */
public record Correction(long interactionId, Aspect aspect, String value, String previous, String agent, Instant at) {
}

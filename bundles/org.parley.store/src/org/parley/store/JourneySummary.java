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

import org.parley.model.PlanState;

/**
 * One line of the journeys list.
 *
 * @param id
 *            the journey id
 * @param name
 *            the journey's name
 * @param persona
 *            the persona's name, or null
 * @param state
 *            as-is or to-be
 * @param stages
 *            number of stages
 * @param steps
 *            number of steps
 */
public record JourneySummary(long id, String name, String persona, PlanState state, int stages, int steps) {
}

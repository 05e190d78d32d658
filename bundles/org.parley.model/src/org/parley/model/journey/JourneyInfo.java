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

import org.parley.model.PlanState;

/**
 * One line of the journey list.
 *
 * @param databaseId
 *            the journey's row, for loading it again
 * @param id
 *            the journey's stable id
 * @param persona
 *            the main persona's name, or null
 */
public record JourneyInfo(long databaseId, String id, String name, String persona, PlanState state, int version,
        int stages, int steps) {
}

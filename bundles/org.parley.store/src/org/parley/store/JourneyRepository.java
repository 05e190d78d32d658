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

import java.util.List;
import java.util.Optional;

import org.parley.model.Journey;

/** Customer journeys. */
public interface JourneyRepository {

    long count();

    List<JourneySummary> list();

    /** A journey with its stages, steps and touchpoints loaded. */
    Optional<Journey> load(long id);

    Journey save(Journey journey);
}

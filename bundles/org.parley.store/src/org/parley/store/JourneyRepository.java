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

import org.parley.model.journey.JourneyInfo;
import org.parley.model.journey.JourneyMap;

/**
 * Customer journeys and the personas they are planned for, as whole {@link JourneyMap}s. A save
 * writes only what changed, keeps every stable id and row id, and is refused when the journey was
 * saved elsewhere since the map was read ({@link StaleEditException}).
 */
public interface JourneyRepository {

    long count();

    /** Personas of the workspace, shared by its journeys. */
    long countPersonas();

    /** The journey list, by name. */
    List<JourneyInfo> list();

    /** A journey by its row id. */
    Optional<JourneyMap> load(long databaseId);

    /** A journey by its stable id. */
    Optional<JourneyMap> find(String stableId);

    /**
     * Saves a journey whole in one transaction: a map without a stored journey of its stable id (or row
     * id) is added, otherwise the stored one is brought to the map, row by row.
     *
     * @return the map as stored, with its row id and new revision
     * @throws StaleEditException
     *             when the map was read at a revision older than the stored one; nothing is saved
     * @throws IllegalArgumentException
     *             when one of the map's stable ids belongs to another journey; nothing is saved
     */
    JourneyMap save(JourneyMap map);

    /** Deletes a journey; its personas stay, canvases that pointed at it no longer do. */
    boolean delete(long databaseId);
}

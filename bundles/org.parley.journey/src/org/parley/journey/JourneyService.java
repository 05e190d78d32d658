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

import java.io.InputStream;
import java.util.List;
import java.util.Optional;

import org.parley.store.Store;
import org.parley.model.journey.JourneyInfo;
import org.parley.model.journey.JourneyMap;

/**
 * Journeys of a workspace: list, load, save, delete, copy, templates and JSON import. Every method
 * works on the store it is given (the workbench's workspace store, or the one
 * {@code parley-cli --data} opened). Saving is one transaction: the whole journey or nothing.
 */
public interface JourneyService {

    List<JourneyInfo> list(Store store);

    /** A journey by its row id. */
    Optional<JourneyMap> load(Store store, long databaseId);

    /** A journey by its stable id. */
    Optional<JourneyMap> find(Store store, String id);

    /**
     * Saves a journey whole (stages, steps, lanes, cards, personas), in one transaction. A map without
     * a database id is added, unless the workspace holds a journey with its stable id, which it
     * replaces.
     *
     * @return the map as stored, with its database id
     * @throws IllegalArgumentException
     *             when the map breaks a rule (duplicate ids, an id another journey owns, an id too
     *             long)
     * @throws org.parley.store.StaleEditException
     *             when the journey was saved elsewhere after the map was loaded (its
     *             {@link JourneyMap#revision()} is older than the stored one); nothing is saved then
     */
    JourneyMap save(Store store, JourneyMap map);

    /** Deletes a journey; its personas stay. Returns false when there was no such journey. */
    boolean delete(Store store, long databaseId);

    /** Stores a copy of a journey with fresh ids under a new name. */
    JourneyMap copy(Store store, long databaseId, String newName);

    /** The journeys to start from. */
    List<JourneyTemplate> templates();

    /**
     * A new, unsaved journey made from a template: persona, stages, steps and lane contents, all with
     * fresh ids.
     *
     * @throws IllegalArgumentException
     *             for an unknown template id
     */
    JourneyMap fromTemplate(String templateId);

    /**
     * Reads a journey JSON file ({@link JourneyJson}) and saves it.
     *
     * @throws JourneyFormatException
     *             when the file is not a journey file; nothing is saved then
     */
    JourneyMap importJson(Store store, InputStream json, ImportMode mode) throws JourneyFormatException;
}

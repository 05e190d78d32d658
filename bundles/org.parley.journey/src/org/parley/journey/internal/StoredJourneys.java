/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.journey.internal;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.parley.journey.ImportMode;
import org.parley.journey.JourneyEdits;
import org.parley.journey.JourneyFormatException;
import org.parley.model.journey.JourneyInfo;
import org.parley.journey.JourneyJson;
import org.parley.model.journey.JourneyMap;
import org.parley.journey.JourneyService;
import org.parley.journey.JourneyTemplate;
import org.parley.store.Store;

/**
 * Journeys kept in the workspace database: the rules of a journey here, its storage in the store.
 */
@Component(service = JourneyService.class)
public final class StoredJourneys implements JourneyService {

    @Override
    public List<JourneyInfo> list(Store store) {
        return store.journeys().list();
    }

    @Override
    public Optional<JourneyMap> load(Store store, long databaseId) {
        return store.journeys().load(databaseId);
    }

    @Override
    public Optional<JourneyMap> find(Store store, String id) {
        return store.journeys().find(id);
    }

    @Override
    public JourneyMap save(Store store, JourneyMap map) {
        JourneyRules.check(map);
        return store.journeys().save(map);
    }

    @Override
    public boolean delete(Store store, long databaseId) {
        return store.journeys().delete(databaseId);
    }

    @Override
    public JourneyMap copy(Store store, long databaseId, String newName) {
        JourneyMap original = load(store, databaseId)
                .orElseThrow(() -> new IllegalArgumentException("No journey with id " + databaseId));
        return save(store, JourneyEdits.copyOf(original, newName));
    }

    @Override
    public List<JourneyTemplate> templates() {
        return JourneyTemplates.all();
    }

    @Override
    public JourneyMap fromTemplate(String templateId) {
        return JourneyTemplates.create(templateId);
    }

    @Override
    public JourneyMap importJson(Store store, InputStream json, ImportMode mode) throws JourneyFormatException {
        JourneyMap map = JourneyJson.read(json);
        if (mode == ImportMode.ADD_AS_COPY) {
            map = JourneyEdits.copyOf(map, map.name());
        }
        try {
            return save(store, map);
        } catch (IllegalArgumentException e) {
            throw new JourneyFormatException(e.getMessage(), e);
        }
    }
}

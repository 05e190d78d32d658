/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.journey.cli.internal;

import java.util.Optional;

import org.parley.cli.command.UsageException;
import org.parley.journey.JourneyService;
import org.parley.model.journey.JourneyMap;
import org.parley.store.Store;

/** The journey a command's {@code <id>} parameter names. */
final class JourneyIds {

    /** The description of the {@code <id>} parameter, the same for every journey command. */
    static final String DESCRIPTION = "the journey's number in 'journey list' or its stable id";

    private JourneyIds() {
    }

    /** The journey an argument names: its number in {@code journey list} or its stable id. */
    static JourneyMap journey(JourneyService journeys, Store store, String id) {
        Optional<JourneyMap> map = id.chars().allMatch(Character::isDigit) && !id.isEmpty()
                ? journeys.load(store, Long.parseLong(id))
                : Optional.empty();
        if (map.isEmpty()) {
            map = journeys.find(store, id);
        }
        return map.orElseThrow(() -> new UsageException(
                "No journey '" + id + "' in this workspace; 'journey list' shows the journeys"));
    }
}

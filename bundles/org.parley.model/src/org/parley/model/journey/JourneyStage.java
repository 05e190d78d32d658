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

import java.util.List;
import java.util.Objects;

/**
 * A stage of a journey (aware, consider, buy, get help...): a group of columns of the map.
 *
 * @param id
 *            stable id, kept across save, export and import
 */
public record JourneyStage(String id, String name, List<JourneyStep> steps) {

    public JourneyStage {
        Objects.requireNonNull(id, "id");
        name = name == null ? "" : name;
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    /** A new, empty stage with a fresh id. */
    public static JourneyStage named(String name) {
        return new JourneyStage(Ids.newId(), name, List.of());
    }

    public JourneyStage withName(String newName) {
        return new JourneyStage(id, newName, steps);
    }

    public JourneyStage withSteps(List<JourneyStep> newSteps) {
        return new JourneyStage(id, name, newSteps);
    }
}

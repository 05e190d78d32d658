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
 * An archetypal customer a journey is planned for.
 *
 * @param id
 *            stable id (shared by every journey that names this persona)
 * @param goals
 *            what the persona wants to achieve, free text
 * @param needStates
 *            what the persona needs at moments of the journey, free text
 * @param frustrations
 *            what annoys the persona, free text
 * @param preferredChannels
 *            channel ids, most preferred first
 */
public record PersonaProfile(String id, String name, String segment, String goals, String needStates,
        String frustrations, List<String> preferredChannels) {

    public PersonaProfile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        preferredChannels = preferredChannels == null ? List.of() : List.copyOf(preferredChannels);
    }

    /** A new persona with a fresh id and only a name. */
    public static PersonaProfile named(String name) {
        return new PersonaProfile(Ids.newId(), name, null, null, null, null, List.of());
    }
}

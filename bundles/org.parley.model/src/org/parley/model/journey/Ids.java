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

import java.util.UUID;

/** Stable ids of journeys, stages, steps, lanes and cards: kept across save, export and import. */
public final class Ids {

    /** The longest id a stage, step, touchpoint or persona can have (the width of its column). */
    public static final int MAX_LENGTH = 36;

    private Ids() {
    }

    /** A fresh, random id. */
    public static String newId() {
        return UUID.randomUUID().toString();
    }
}

/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.journey.board;

import java.util.Locale;

import org.parley.model.InteractionType;

/**
 * Words a planner reads for the enumerations of the journey model.
 */
public final class Labels {

    private Labels() {
    }

    public static String of(InteractionType type) {
        return switch (type) {
            case C2C_ON_SITE -> "Customer to customer, on our site";
            case C2C_OFF_SITE -> "Customer to customer, elsewhere";
            case B2C_PUBLIC -> "Brand to customer, in public";
            case B2C_PRIVATE -> "Brand to customer, private follow-up";
        };
    }

    /** Any other enumeration: its name in sentence case ({@code IN_PROGRESS} becomes "In progress"). */
    public static String of(Enum<?> value) {
        if (value instanceof InteractionType type) {
            return of(type);
        }
        String words = value.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}

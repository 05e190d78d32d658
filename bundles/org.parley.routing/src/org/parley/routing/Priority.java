/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.routing;

import java.util.Locale;

/** How soon a conversation must be answered; SLA policies give each priority its targets. */
public enum Priority {
    URGENT,
    HIGH,
    NORMAL,
    LOW;

    /** The lower-case name used in JSON and on the command line. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @throws IllegalArgumentException
     *             naming the allowed values when {@code text} is none of them
     */
    public static Priority of(String text) {
        for (Priority priority : values()) {
            if (priority.id().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return priority;
            }
        }
        throw new IllegalArgumentException("unknown priority '" + text + "' (urgent, high, normal or low)");
    }
}

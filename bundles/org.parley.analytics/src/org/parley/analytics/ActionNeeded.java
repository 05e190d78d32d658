/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.analytics;

import java.util.Locale;

/** What the message asks of the organisation: nothing, a reply, or urgent attention. */
public enum ActionNeeded {
    NONE,
    REPLY,
    URGENT;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ActionNeeded of(String key) {
        try {
            return valueOf(key.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown action '" + key + "' (none, reply or urgent)", e);
        }
    }
}

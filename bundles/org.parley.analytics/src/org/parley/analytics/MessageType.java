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

/** What a message is; a message can be several (a complaint that asks a question). */
public enum MessageType {
    QUESTION,
    COMPLAINT,
    COMPLIMENT,
    OTHER;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses {@code question}, {@code Complaint}, ...; throws IllegalArgumentException naming the
     * choices.
     */
    public static MessageType of(String key) {
        try {
            return valueOf(key.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "unknown type '" + key + "' (question, complaint, compliment or other)", e);
        }
    }
}

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

/** A classifier's id and version, as recorded with every result: {@code parley.sentiment@1.0}. */
public record ClassifierId(String id, String version) {

    public ClassifierId {
        if (id == null || id.isBlank() || id.contains("@")) {
            throw new IllegalArgumentException("a classifier id must be a word without '@': " + id);
        }
        version = version == null || version.isBlank() ? "0" : version;
    }

    /** Parses {@code id@version}. */
    public static ClassifierId parse(String text) {
        int at = text.lastIndexOf('@');
        return at < 0 ? new ClassifierId(text, "0") : new ClassifierId(text.substring(0, at), text.substring(at + 1));
    }

    @Override
    public String toString() {
        return id + "@" + version;
    }
}

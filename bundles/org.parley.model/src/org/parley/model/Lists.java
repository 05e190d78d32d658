/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.model;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Short lists of words kept in one column, comma-separated: the one list format of the workspace
 * database (customer tags, touchpoint channels and tags, persona channels, card references). Values
 * are stripped, empty values dropped, and an empty list is stored as null.
 */
public final class Lists {

    private Lists() {
    }

    public static List<String> split(String joined) {
        if (joined == null || joined.isBlank()) {
            return List.of();
        }
        return Arrays.stream(joined.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public static String join(List<String> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        String joined = values.stream().map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.joining(","));
        return joined.isEmpty() ? null : joined;
    }
}

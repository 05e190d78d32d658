/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.ui.board;

import java.util.List;

/**
 * One card in a cell: its text, an optional marker and small badges (e.g. live figures).
 *
 * @param id
 *            stable id of the thing the card shows (may be {@code null})
 * @param text
 *            the card text, wrapped to at most three lines
 * @param marker
 *            pain point, opportunity or none
 * @param badges
 *            short texts drawn as pills under the text
 */
public record Card(String id, String text, Marker marker, List<String> badges) {

    public Card {
        text = text == null ? "" : text;
        marker = marker == null ? Marker.NONE : marker;
        badges = badges == null ? List.of() : List.copyOf(badges);
    }

    public static Card of(String text) {
        return new Card(null, text, Marker.NONE, List.of());
    }
}

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

/**
 * Names one item of a board by ids, so that a selection survives reordering and rebuilding.
 *
 * @param kind
 *            what is referred to
 * @param group
 *            group id (for {@link Kind#GROUP})
 * @param column
 *            column id (for columns, cells and cards)
 * @param row
 *            row id (for rows, cells and cards)
 * @param card
 *            index of the card within its cell (for {@link Kind#CARD}), else -1
 */
public record BoardRef(Kind kind, String group, String column, String row, int card) {

    /** The kinds of board items. */
    public enum Kind {
        GROUP,
        COLUMN,
        ROW,
        CELL,
        CARD
    }

    public static BoardRef group(String id) {
        return new BoardRef(Kind.GROUP, id, null, null, -1);
    }

    public static BoardRef column(String id) {
        return new BoardRef(Kind.COLUMN, null, id, null, -1);
    }

    public static BoardRef row(String id) {
        return new BoardRef(Kind.ROW, null, null, id, -1);
    }

    public static BoardRef cell(String column, String row) {
        return new BoardRef(Kind.CELL, null, column, row, -1);
    }

    public static BoardRef card(String column, String row, int card) {
        return new BoardRef(Kind.CARD, null, column, row, card);
    }

    /** The cell this item lies in, or {@code null} for headers. */
    public BoardRef cellRef() {
        return column != null && row != null ? cell(column, row) : null;
    }
}

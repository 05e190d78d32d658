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
 * Arrow-key moves over a board: left and right go from step to step, up and down from card to card
 * within a cell and then from lane to lane; from the headers into the cells and back.
 */
public final class BoardNavigation {

    /** Arrow directions. */
    public enum Direction {
        LEFT,
        RIGHT,
        UP,
        DOWN
    }

    private BoardNavigation() {
    }

    /** The item the focus moves to from {@code from}; {@code from} itself at an edge. */
    public static BoardRef next(BoardLayout layout, BoardRef from, Direction direction) {
        Board board = layout.board();
        if (board.columns().isEmpty() || board.rows().isEmpty()) {
            return from;
        }
        if (from == null) {
            return BoardRef.cell(board.columns().get(0).id(), board.rows().get(0).id());
        }
        int c = from.column() != null ? board.columnIndex(from.column()) : -1;
        int r = from.row() != null ? board.rowIndex(from.row()) : -1;
        if (from.kind() == BoardRef.Kind.GROUP) {
            int g = board.groupIndex(from.group());
            c = firstColumn(board, g);
            r = -2;
        } else if (from.kind() == BoardRef.Kind.COLUMN) {
            r = -1;
        }
        int card = from.kind() == BoardRef.Kind.CARD ? from.card() : -1;
        return switch (direction) {
            case LEFT -> at(board, r, Math.max(-1, c - 1), -1, from);
            case RIGHT -> at(board, r, Math.min(board.columns().size() - 1, c + 1), -1, from);
            case UP -> up(board, r, c, card, from);
            case DOWN -> down(board, r, c, card, from);
        };
    }

    private static int firstColumn(Board board, int group) {
        int first = 0;
        for (int g = 0; g < group; g++) {
            first += board.groups().get(g).columns().size();
        }
        return Math.min(first, board.columns().size() - 1);
    }

    private static BoardRef up(Board board, int r, int c, int card, BoardRef from) {
        if (card > 0) {
            return at(board, r, c, card - 1, from);
        }
        if (card == 0) {
            return at(board, r, c, -1, from);
        }
        if (r >= 0 && c >= 0 && r > 0) {
            List<Card> above = board.cards(r - 1, c);
            return at(board, r - 1, c, above.isEmpty() ? -1 : above.size() - 1, from);
        }
        return at(board, Math.max(-2, r - 1), c, -1, from);
    }

    private static BoardRef down(Board board, int r, int c, int card, BoardRef from) {
        if (r >= 0 && c >= 0) {
            int cards = board.cards(r, c).size();
            if (card + 1 < cards) {
                return at(board, r, c, card + 1, from);
            }
        }
        return at(board, Math.min(board.rows().size() - 1, r + 1), c, -1, from);
    }

    private static BoardRef at(Board board, int r, int c, int card, BoardRef from) {
        if (c < 0 && r < 0) {
            return from;
        }
        if (c < 0) {
            return BoardRef.row(board.rows().get(r).id());
        }
        String column = board.columns().get(c).id();
        if (r == -2) {
            return BoardRef.group(board.groups().get(board.groupOf(c)).id());
        }
        if (r == -1) {
            return BoardRef.column(column);
        }
        String row = board.rows().get(r).id();
        return card >= 0 ? BoardRef.card(column, row, card) : BoardRef.cell(column, row);
    }
}

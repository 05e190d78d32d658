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
 * Where a dragged header or card would land.
 *
 * @param group
 *            for a column: the group it joins; else {@code null}
 * @param index
 *            for columns: index within {@code group}; for groups and rows: their new index; the
 *            index counts as if the dragged item had already been taken out
 * @param cell
 *            for a card: the cell it moves to; else {@code null}
 * @param marker
 *            model rectangle where the editor draws the drop marker
 */
public record DropTarget(String group, int index, BoardRef cell, Rect marker) {

    /**
     * Where {@code dragged} lands when dropped at model point {@code (x, y)}, or {@code null} for
     * nowhere.
     */
    public static DropTarget of(BoardLayout layout, BoardRef dragged, double x, double y) {
        Board board = layout.board();
        return switch (dragged.kind()) {
            case COLUMN -> column(layout, board, dragged.column(), x);
            case GROUP -> group(layout, board, dragged.group(), x);
            case ROW -> row(layout, board, dragged.row(), y);
            case CARD -> card(layout, x, y);
            default -> null;
        };
    }

    private static DropTarget column(BoardLayout layout, Board board, String columnId, double x) {
        int n = board.columns().size();
        int over = layout.columnAt(Math.max(BoardLayout.ROW_HEADER_WIDTH, Math.min(layout.width() - 1, x)));
        if (over < 0 || n == 0) {
            return null;
        }
        Rect rect = layout.columnHeaderRect(over);
        boolean after = x > rect.x() + rect.width() / 2;
        int group = board.groupOf(over);
        int first = firstColumnOf(board, group);
        int index = over - first + (after ? 1 : 0);
        int from = board.columnIndex(columnId);
        if (from >= 0 && board.groupOf(from) == group && from - first < index) {
            index--;
        }
        double edge = after ? rect.right() : rect.x();
        return new DropTarget(board.groups().get(group).id(), index, null,
                new Rect(edge - 2, 0, 4, layout.height()));
    }

    private static int firstColumnOf(Board board, int group) {
        int first = 0;
        for (int g = 0; g < group; g++) {
            first += board.groups().get(g).columns().size();
        }
        return first;
    }

    private static DropTarget group(BoardLayout layout, Board board, String groupId, double x) {
        int over = layout.columnAt(Math.max(BoardLayout.ROW_HEADER_WIDTH, Math.min(layout.width() - 1, x)));
        if (over < 0) {
            return null;
        }
        int target = board.groupOf(over);
        Rect rect = layout.groupRect(target);
        boolean after = x > rect.x() + rect.width() / 2;
        int index = target + (after ? 1 : 0);
        int from = board.groupIndex(groupId);
        if (from >= 0 && from < index) {
            index--;
        }
        double edge = after ? rect.right() : rect.x();
        return new DropTarget(null, index, null, new Rect(edge - 2, 0, 4, layout.height()));
    }

    private static DropTarget row(BoardLayout layout, Board board, String rowId, double y) {
        int n = board.rows().size();
        double clamped = Math.max(BoardLayout.headerHeight(), Math.min(layout.height() - 1, y));
        int over = layout.rowAt(clamped);
        if (over < 0 || n == 0) {
            return null;
        }
        Rect rect = layout.rowHeaderRect(over);
        boolean after = y > rect.y() + rect.height() / 2;
        int index = over + (after ? 1 : 0);
        int from = board.rowIndex(rowId);
        if (from >= 0 && from < index) {
            index--;
        }
        double edge = after ? rect.bottom() : rect.y();
        return new DropTarget(null, index, null, new Rect(0, edge - 2, layout.width(), 4));
    }

    private static DropTarget card(BoardLayout layout, double x, double y) {
        BoardRef hit = layout.hit(x, y);
        BoardRef cell = hit == null ? null : hit.cellRef();
        if (cell == null || layout.board().rows().get(layout.board().rowIndex(cell.row())).kind() != RowKind.CARDS) {
            return null;
        }
        return new DropTarget(null, -1, cell, layout.rectOf(cell));
    }
}

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

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The selected items of a board, in the order they were selected, with a focus (where the keyboard
 * acts) and an anchor (where a Shift range starts).
 */
public final class BoardSelection {

    private final LinkedHashSet<BoardRef> items = new LinkedHashSet<>();
    private BoardRef focus;
    private BoardRef anchor;

    public List<BoardRef> items() {
        return List.copyOf(items);
    }

    public Set<BoardRef> asSet() {
        return Set.copyOf(items);
    }

    public BoardRef focus() {
        return focus;
    }

    public boolean contains(BoardRef ref) {
        return ref != null && items.contains(ref);
    }

    /** Only {@code ref} (nothing for {@code null}). */
    public void set(BoardRef ref) {
        items.clear();
        if (ref != null) {
            items.add(ref);
        }
        focus = ref;
        anchor = ref;
    }

    public void setFocus(BoardRef ref) {
        focus = ref;
        anchor = ref;
    }

    /** Ctrl+click: adds or removes one item. */
    public void toggle(BoardRef ref) {
        if (ref == null) {
            return;
        }
        if (!items.remove(ref)) {
            items.add(ref);
        }
        focus = ref;
        anchor = ref;
    }

    /**
     * Shift+click or Shift+arrow: everything between the anchor and {@code ref} when both are of the
     * same kind (a block of cells, a run of columns or rows), else just adds {@code ref}.
     */
    public void extend(BoardRef ref, BoardLayout layout) {
        if (ref == null) {
            return;
        }
        if (anchor == null) {
            set(ref);
            return;
        }
        List<BoardRef> range = range(anchor, ref, layout.board());
        items.clear();
        items.addAll(range.isEmpty() ? List.of(anchor, ref) : range);
        focus = ref;
    }

    private static List<BoardRef> range(BoardRef from, BoardRef to, Board board) {
        List<BoardRef> range = new ArrayList<>();
        BoardRef a = from.cellRef() != null ? from.cellRef() : from;
        BoardRef b = to.cellRef() != null ? to.cellRef() : to;
        if (a.kind() != b.kind()) {
            return range;
        }
        if (a.kind() == BoardRef.Kind.CELL) {
            int c0 = Math.min(board.columnIndex(a.column()), board.columnIndex(b.column()));
            int c1 = Math.max(board.columnIndex(a.column()), board.columnIndex(b.column()));
            int r0 = Math.min(board.rowIndex(a.row()), board.rowIndex(b.row()));
            int r1 = Math.max(board.rowIndex(a.row()), board.rowIndex(b.row()));
            for (int r = r0; r <= r1; r++) {
                for (int c = c0; c <= c1; c++) {
                    range.add(BoardRef.cell(board.columns().get(c).id(), board.rows().get(r).id()));
                }
            }
        } else if (a.kind() == BoardRef.Kind.COLUMN) {
            int c0 = Math.min(board.columnIndex(a.column()), board.columnIndex(b.column()));
            int c1 = Math.max(board.columnIndex(a.column()), board.columnIndex(b.column()));
            for (int c = c0; c <= c1; c++) {
                range.add(BoardRef.column(board.columns().get(c).id()));
            }
        } else if (a.kind() == BoardRef.Kind.ROW) {
            int r0 = Math.min(board.rowIndex(a.row()), board.rowIndex(b.row()));
            int r1 = Math.max(board.rowIndex(a.row()), board.rowIndex(b.row()));
            for (int r = r0; r <= r1; r++) {
                range.add(BoardRef.row(board.rows().get(r).id()));
            }
        }
        return range;
    }

    /** Drops what the (rebuilt) board no longer holds. */
    public void retain(BoardLayout layout) {
        items.removeIf(ref -> layout.rectOf(ref) == null);
        if (focus != null && layout.rectOf(focus) == null) {
            focus = items.isEmpty() ? null : items.iterator().next();
        }
        if (anchor != null && layout.rectOf(anchor) == null) {
            anchor = focus;
        }
    }
}

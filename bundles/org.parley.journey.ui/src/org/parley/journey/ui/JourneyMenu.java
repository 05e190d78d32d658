/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.journey.ui;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.parley.ui.board.BoardRef;
import org.parley.ui.board.swt.BoardCanvas;
import org.parley.ui.board.swt.BoardListener;
import org.parley.ui.board.swt.BoardListener.Action;

/**
 * The canvas's context menu: the same edits as the keys, named, so they can be found.
 */
final class JourneyMenu {

    private JourneyMenu() {
    }

    static void install(BoardCanvas canvas, BoardListener listener) {
        Menu menu = new Menu(canvas);
        canvas.setMenu(menu);
        menu.addListener(SWT.Show, event -> fill(menu, canvas, listener));
    }

    private static void fill(Menu menu, BoardCanvas canvas, BoardListener listener) {
        for (MenuItem item : menu.getItems()) {
            item.dispose();
        }
        BoardRef focus = canvas.focus();
        BoardRef.Kind kind = focus == null ? null : focus.kind();
        if (kind == BoardRef.Kind.CELL && listener.editableText(focus) != null) {
            item(menu, "New card here\tEnter", () -> canvas.edit(focus));
        }
        if (kind != null && kind != BoardRef.Kind.CELL && listener.editableText(focus) != null) {
            item(menu, (kind == BoardRef.Kind.CARD ? "Edit text" : "Rename") + "\tF2", () -> canvas.edit(focus));
        }
        String add = kind == BoardRef.Kind.GROUP
                ? "Add stage after"
                : kind == BoardRef.Kind.COLUMN
                        ? "Add step after"
                        : kind == BoardRef.Kind.ROW ? "Add lane below" : null;
        if (add != null) {
            item(menu, add + "\tInsert", () -> listener.action(Action.ADD));
        }
        new MenuItem(menu, SWT.SEPARATOR);
        item(menu, "Copy\tCtrl+C", () -> listener.action(Action.COPY));
        item(menu, "Cut\tCtrl+X", () -> listener.action(Action.CUT));
        item(menu, "Paste\tCtrl+V", () -> listener.action(Action.PASTE));
        item(menu, "Delete\tDelete", () -> listener.action(Action.DELETE));
        new MenuItem(menu, SWT.SEPARATOR);
        item(menu, "Undo\tCtrl+Z", () -> listener.action(Action.UNDO));
        item(menu, "Redo\tCtrl+Y", () -> listener.action(Action.REDO));
    }

    private static void item(Menu menu, String text, Runnable action) {
        MenuItem item = new MenuItem(menu, SWT.PUSH);
        item.setText(text);
        item.addListener(SWT.Selection, event -> action.run());
    }
}

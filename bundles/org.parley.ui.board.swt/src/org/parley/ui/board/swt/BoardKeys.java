/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.ui.board.swt;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.parley.ui.board.BoardNavigation;
import org.parley.ui.board.BoardNavigation.Direction;
import org.parley.ui.board.BoardRef;
import org.parley.ui.board.swt.BoardListener.Action;

/**
 * Keyboard of a {@link BoardCanvas}: arrows move the focus (with Shift they extend the selection),
 * Enter or F2 edits, Ctrl+plus/minus/0 zoom, and the usual editing keys become {@link Action}s.
 */
final class BoardKeys {

    private final BoardCanvas canvas;

    BoardKeys(BoardCanvas canvas) {
        this.canvas = canvas;
    }

    void keyDown(Event event) {
        boolean ctrl = (event.stateMask & SWT.MOD1) != 0;
        Direction direction = direction(event.keyCode);
        if (direction != null) {
            move(direction, (event.stateMask & SWT.SHIFT) != 0);
        } else if (event.keyCode == SWT.F2 || event.keyCode == SWT.CR || event.keyCode == SWT.KEYPAD_CR) {
            canvas.edit(canvas.focus());
        } else if (ctrl && (event.character == '+' || event.character == '=' || event.keyCode == SWT.KEYPAD_ADD)) {
            canvas.setZoom(canvas.zoom() * 1.2);
        } else if (ctrl && (event.character == '-' || event.keyCode == SWT.KEYPAD_SUBTRACT)) {
            canvas.setZoom(canvas.zoom() / 1.2);
        } else if (ctrl && event.character == '0') {
            canvas.setZoom(1);
        } else {
            Action action = action(event, ctrl);
            if (action == null) {
                return;
            }
            canvas.listener().action(action);
        }
        event.doit = false;
    }

    private static Direction direction(int keyCode) {
        return switch (keyCode) {
            case SWT.ARROW_LEFT -> Direction.LEFT;
            case SWT.ARROW_RIGHT -> Direction.RIGHT;
            case SWT.ARROW_UP -> Direction.UP;
            case SWT.ARROW_DOWN -> Direction.DOWN;
            default -> null;
        };
    }

    private static Action action(Event event, boolean ctrl) {
        int key = Character.toLowerCase(event.keyCode);
        boolean shift = (event.stateMask & SWT.SHIFT) != 0;
        if (ctrl) {
            return switch (key) {
                case 'z' -> shift ? Action.REDO : Action.UNDO;
                case 'y' -> Action.REDO;
                case 'c' -> Action.COPY;
                case 'x' -> Action.CUT;
                case 'v' -> Action.PASTE;
                case 's' -> Action.SAVE;
                default -> null;
            };
        }
        if (event.keyCode == SWT.DEL || event.keyCode == SWT.BS) {
            return Action.DELETE;
        }
        if (event.keyCode == SWT.INSERT) {
            return Action.ADD;
        }
        return switch (event.character) {
            case '+' -> Action.INCREASE;
            case '-' -> Action.DECREASE;
            default -> null;
        };
    }

    private void move(Direction direction, boolean extend) {
        BoardRef next = BoardNavigation.next(canvas.boardLayout(), canvas.focus(), direction);
        if (extend) {
            canvas.selectionModel().extend(next, canvas.boardLayout());
        } else {
            canvas.selectionModel().set(next);
        }
        canvas.selectionChanged(true);
    }
}

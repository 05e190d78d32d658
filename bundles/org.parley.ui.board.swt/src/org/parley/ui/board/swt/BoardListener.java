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

import java.util.List;

import org.parley.ui.board.BoardRef;
import org.parley.ui.board.DropTarget;

/**
 * What a {@link BoardCanvas} tells its editor. The canvas never changes the board itself: the
 * editor turns these gestures into commands and gives the canvas the rebuilt board.
 */
public interface BoardListener {

    /** Keys and menu-like actions the canvas does not handle itself. */
    enum Action {
        UNDO,
        REDO,
        COPY,
        CUT,
        PASTE,
        DELETE,
        ADD,
        INCREASE,
        DECREASE,
        SAVE
    }

    default void selectionChanged(List<BoardRef> selection, BoardRef focus) {
    }

    /** Text to edit inline for an item, or {@code null} when it cannot be edited inline. */
    default String editableText(BoardRef ref) {
        return null;
    }

    /** An inline edit was committed with {@code text}. */
    default void edited(BoardRef ref, String text) {
    }

    /** A header or card was dragged and dropped. */
    default void dropped(BoardRef dragged, DropTarget target) {
    }

    /** The badges of a card were clicked. */
    default void badgesClicked(BoardRef card) {
    }

    default void action(Action action) {
    }
}

/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.ui.board.command;

/**
 * One undoable edit. {@link #execute()} is called once, then {@link #undo()} and {@link #redo()}
 * alternate. A command keeps whatever it needs to restore the state it changed.
 */
public interface Command {

    /** Shown in menus, e.g. "Rename step". */
    String label();

    void execute();

    void undo();

    default void redo() {
        execute();
    }

    /** Whether executing now makes sense (e.g. the thing to move still exists). */
    default boolean canExecute() {
        return true;
    }
}

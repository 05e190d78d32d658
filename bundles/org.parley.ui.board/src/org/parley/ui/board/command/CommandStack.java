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

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Undo and redo history of an editor, with a save point: the editor is dirty whenever the history
 * is not where it was when last saved (undoing back to the save point makes it clean again). Not
 * thread safe: used from the thread that owns the edited model (the UI thread in an editor).
 */
public final class CommandStack {

    /** Told after every change of the history. */
    @FunctionalInterface
    public interface Listener {
        void changed(CommandStack stack);
    }

    private final Deque<Command> undo = new ArrayDeque<>();
    private final Deque<Command> redo = new ArrayDeque<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final int limit;
    /** Depth of the undo history at the save point; -1 when the saved state cannot be reached. */
    private int savePoint;

    public CommandStack() {
        this(500);
    }

    public CommandStack(int limit) {
        this.limit = Math.max(1, limit);
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    /**
     * Executes {@code command} and records it; returns false (and does nothing) if it cannot execute.
     */
    public boolean execute(Command command) {
        if (!command.canExecute() || command instanceof CompoundCommand compound && compound.isEmpty()) {
            return false;
        }
        command.execute();
        if (savePoint > undo.size()) {
            savePoint = -1;
        }
        redo.clear();
        undo.push(command);
        if (undo.size() > limit) {
            undo.removeLast();
            savePoint = savePoint > 0 ? savePoint - 1 : -1;
        }
        fire();
        return true;
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    public String undoLabel() {
        return undo.isEmpty() ? null : undo.peek().label();
    }

    public String redoLabel() {
        return redo.isEmpty() ? null : redo.peek().label();
    }

    public void undo() {
        if (undo.isEmpty()) {
            return;
        }
        Command command = undo.pop();
        command.undo();
        redo.push(command);
        fire();
    }

    public void redo() {
        if (redo.isEmpty()) {
            return;
        }
        Command command = redo.pop();
        command.redo();
        undo.push(command);
        fire();
    }

    public boolean isDirty() {
        return savePoint != undo.size();
    }

    /** The current state has been saved. */
    public void markSaved() {
        savePoint = undo.size();
        fire();
    }

    /** Forgets all history, e.g. after the model was reloaded; the state counts as saved. */
    public void flush() {
        undo.clear();
        redo.clear();
        savePoint = 0;
        fire();
    }

    private void fire() {
        for (Listener listener : listeners) {
            listener.changed(this);
        }
    }
}

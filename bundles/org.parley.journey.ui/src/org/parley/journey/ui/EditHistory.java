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

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.IOperationHistoryListener;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.commands.operations.IUndoableOperation;
import org.eclipse.core.commands.operations.ObjectUndoContext;
import org.eclipse.core.commands.operations.OperationHistoryEvent;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.parley.ui.board.command.Command;
import org.parley.ui.board.command.CompoundCommand;

/**
 * One editor's edits in Eclipse's operation history: every board command becomes an
 * {@link IUndoableOperation} with the editor's own undo context, so undo and redo are the
 * platform's, and two open journeys never undo each other's edits.
 */
final class EditHistory {

    /** How many edits an editor can undo (the board kit's command stack kept as many). */
    static final int LIMIT = 500;

    private final IOperationHistory history;
    private final IUndoContext context;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final IOperationHistoryListener relay = this::historyChanged;

    EditHistory(IOperationHistory history, String label) {
        this.history = history;
        this.context = new ObjectUndoContext(this, label);
        history.setLimit(context, LIMIT);
        history.addOperationHistoryListener(relay);
    }

    IUndoContext context() {
        return context;
    }

    void addListener(Runnable listener) {
        listeners.add(listener);
    }

    /**
     * Executes {@code command} as an operation of this editor; returns {@code null} when it ran or had
     * nothing to do, or the journey's reason when it refused.
     */
    String execute(Command command) {
        if (!command.canExecute() || command instanceof CompoundCommand compound && compound.isEmpty()) {
            return null;
        }
        try {
            IStatus status = history.execute(new CommandOperation(command, context), null, null);
            return status.isOK() ? null : status.getMessage();
        } catch (ExecutionException e) {
            return e.getMessage();
        }
    }

    boolean canUndo() {
        return history.canUndo(context);
    }

    boolean canRedo() {
        return history.canRedo(context);
    }

    String undoLabel() {
        IUndoableOperation operation = history.getUndoOperation(context);
        return operation == null ? null : operation.getLabel();
    }

    String redoLabel() {
        IUndoableOperation operation = history.getRedoOperation(context);
        return operation == null ? null : operation.getLabel();
    }

    void undo() {
        if (canUndo()) {
            run(() -> history.undo(context, null, null));
        }
    }

    void redo() {
        if (canRedo()) {
            run(() -> history.redo(context, null, null));
        }
    }

    /** Forgets this editor's history (another journey was loaded into it). */
    void flush() {
        history.dispose(context, true, true, false);
        fire();
    }

    /** Forgets the history and stops listening; the editor is closed. */
    void dispose() {
        history.removeOperationHistoryListener(relay);
        history.dispose(context, true, true, true);
    }

    private void run(Step step) {
        try {
            step.run();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private void historyChanged(OperationHistoryEvent event) {
        IUndoableOperation operation = event.getOperation();
        if (operation != null && operation.hasContext(context)) {
            switch (event.getEventType()) {
                // DONE comes before the history adds the operation: OPERATION_ADDED is when Undo can run
                case OperationHistoryEvent.OPERATION_ADDED, OperationHistoryEvent.UNDONE,
                        OperationHistoryEvent.REDONE, OperationHistoryEvent.OPERATION_REMOVED ->
                    fire();
                default -> {
                    // about-to and approval events change nothing yet
                }
            }
        }
    }

    private void fire() {
        for (Runnable listener : listeners) {
            listener.run();
        }
    }

    @FunctionalInterface
    private interface Step {
        void run() throws ExecutionException;
    }

    /**
     * A board command as an undoable operation; an edit the journey refuses is a status, not a crash.
     */
    static final class CommandOperation extends AbstractOperation {

        private final Command command;

        CommandOperation(Command command, IUndoContext context) {
            super(command.label());
            this.command = command;
            addContext(context);
        }

        @Override
        public boolean canExecute() {
            return command.canExecute();
        }

        @Override
        public IStatus execute(IProgressMonitor monitor, IAdaptable info) {
            try {
                command.execute();
                return Status.OK_STATUS;
            } catch (IllegalArgumentException refused) {
                return Status.warning(refused.getMessage());
            }
        }

        @Override
        public IStatus undo(IProgressMonitor monitor, IAdaptable info) {
            command.undo();
            return Status.OK_STATUS;
        }

        @Override
        public IStatus redo(IProgressMonitor monitor, IAdaptable info) {
            command.redo();
            return Status.OK_STATUS;
        }
    }
}

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

import java.util.ArrayList;
import java.util.List;

/**
 * Several commands undone and redone as one (a paste of many cards, a multi-select delete). If one
 * part fails while executing, the parts already done are undone before the failure is passed on, so
 * nothing is left half-done.
 */
public final class CompoundCommand implements Command {

    private final String label;
    private final List<Command> parts;

    public CompoundCommand(String label, List<? extends Command> parts) {
        this.label = label;
        this.parts = List.copyOf(parts);
    }

    public List<Command> parts() {
        return parts;
    }

    public boolean isEmpty() {
        return parts.isEmpty();
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public boolean canExecute() {
        return parts.stream().allMatch(Command::canExecute);
    }

    @Override
    public void execute() {
        run(false);
    }

    @Override
    public void redo() {
        run(true);
    }

    private void run(boolean redo) {
        List<Command> done = new ArrayList<>();
        try {
            for (Command part : parts) {
                if (redo) {
                    part.redo();
                } else {
                    part.execute();
                }
                done.add(part);
            }
        } catch (RuntimeException failure) {
            for (int i = done.size() - 1; i >= 0; i--) {
                done.get(i).undo();
            }
            throw failure;
        }
    }

    @Override
    public void undo() {
        for (int i = parts.size() - 1; i >= 0; i--) {
            parts.get(i).undo();
        }
    }
}

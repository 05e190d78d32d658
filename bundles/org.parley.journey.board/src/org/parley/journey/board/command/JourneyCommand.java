/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.journey.board.command;

import java.util.function.UnaryOperator;

import org.parley.model.journey.JourneyMap;
import org.parley.ui.board.command.Command;

/**
 * One edit of a journey: an edit function of {@code org.parley.journey.JourneyEdits} applied to the
 * document's map. Undo puts back the map it replaced and redo the map it made, so fresh ids made by
 * the edit (a new step, pasted cards) stay the same across undo and redo.
 */
public final class JourneyCommand implements Command {

    private final JourneyDocument document;
    private final String label;
    private final UnaryOperator<JourneyMap> edit;
    private JourneyMap before;
    private JourneyMap after;

    public JourneyCommand(JourneyDocument document, String label, UnaryOperator<JourneyMap> edit) {
        this.document = document;
        this.label = label;
        this.edit = edit;
    }

    @Override
    public String label() {
        return label;
    }

    /**
     * Applies the edit; an edit the journey refuses throws {@link IllegalArgumentException} and changes
     * nothing.
     */
    @Override
    public void execute() {
        JourneyMap current = document.map();
        JourneyMap changed = edit.apply(current);
        before = current;
        after = changed;
        document.set(changed);
    }

    @Override
    public void undo() {
        document.set(before);
    }

    @Override
    public void redo() {
        document.set(after);
    }
}

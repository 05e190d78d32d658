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

import org.parley.model.journey.Card;
import org.parley.journey.board.command.JourneyGestures;
import org.parley.journey.board.command.JourneyGestures.Clip;
import org.parley.ui.board.BoardRef;
import org.parley.ui.board.DropTarget;
import org.parley.ui.board.swt.BoardListener;

/**
 * Turns the canvas's gestures into journey edits in the editor's history. In the workbench the keys
 * bound to commands (Ctrl+S, Ctrl+Z, Ctrl+Y, Ctrl+Shift+Z) are taken by the key binding dispatcher
 * before the canvas sees them, so they reach this listener only outside a workbench; each key has
 * one path either way.
 */
final class JourneyCanvasListener implements BoardListener {

    private final JourneyEditorPart editor;
    private Clip clipboard;

    JourneyCanvasListener(JourneyEditorPart editor) {
        this.editor = editor;
    }

    private JourneyGestures gestures() {
        return editor.gestures();
    }

    @Override
    public void selectionChanged(List<BoardRef> selection, BoardRef focus) {
        editor.selectionChanged();
    }

    @Override
    public String editableText(BoardRef ref) {
        return gestures() == null ? null : gestures().editableText(editor.canvas().board(), ref);
    }

    @Override
    public void edited(BoardRef ref, String text) {
        editor.run(gestures().edited(editor.canvas().board(), ref, text));
    }

    @Override
    public void dropped(BoardRef dragged, DropTarget target) {
        editor.run(gestures().dropped(editor.canvas().board(), dragged, target));
    }

    @Override
    public void badgesClicked(BoardRef ref) {
        gestures().card(editor.canvas().board(), ref).ifPresent(this::showInteractions);
    }

    private void showInteractions(Card touchpoint) {
        if (editor.figureService() != null && editor.store() != null && !touchpoint.channels().isEmpty()) {
            InteractionsDialog.open(editor, touchpoint);
        }
    }

    @Override
    public void action(Action action) {
        if (gestures() == null) {
            return;
        }
        BoardRef focus = editor.canvas().focus();
        List<BoardRef> selection = editor.canvas().selection();
        switch (action) {
            case UNDO -> editor.undo();
            case REDO -> editor.redo();
            case COPY -> copy(selection);
            case CUT -> {
                copy(selection);
                editor.run(gestures().delete(editor.canvas().board(), selection));
            }
            case PASTE -> editor.run(gestures().paste(clipboard, focus));
            case DELETE -> editor.run(gestures().delete(editor.canvas().board(), selection));
            case ADD -> add(focus);
            case INCREASE -> editor.run(gestures().nudgeEmotion(focus, 1));
            case DECREASE -> editor.run(gestures().nudgeEmotion(focus, -1));
            case SAVE -> JourneyEditorPart.save(editor.part(), null);
            default -> {
                // nothing else is bound
            }
        }
    }

    private void copy(List<BoardRef> selection) {
        Clip clip = gestures().copy(editor.canvas().board(), selection);
        if (clip != null) {
            clipboard = clip;
            editor.setStatus(clip.step() != null
                    ? "Copied step '" + clip.step().name() + "'"
                    : "Copied " + clip.cards().size() + " card" + (clip.cards().size() == 1 ? "" : "s"));
        }
    }

    private void add(BoardRef focus) {
        if (focus != null && focus.kind() == BoardRef.Kind.CELL) {
            editor.canvas().edit(focus);
        } else {
            editor.run(gestures().add(focus));
        }
    }
}

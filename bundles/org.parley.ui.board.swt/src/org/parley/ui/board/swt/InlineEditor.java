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

import java.util.function.BiConsumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.parley.ui.board.BoardRef;

/**
 * A text field laid over a board item to edit its text in place: Enter commits, Escape cancels, and
 * leaving the field commits.
 */
final class InlineEditor {

    private final Composite owner;
    private final BiConsumer<BoardRef, String> commit;
    private Text text;
    private Font font;
    private BoardRef editing;

    InlineEditor(Composite owner, BiConsumer<BoardRef, String> commit) {
        this.owner = owner;
        this.commit = commit;
    }

    boolean isActive() {
        return text != null && !text.isDisposed();
    }

    BoardRef editing() {
        return editing;
    }

    void open(BoardRef ref, String initial, Rectangle bounds, double zoom) {
        close(false);
        editing = ref;
        boolean multi = ref.kind() == BoardRef.Kind.CARD || ref.kind() == BoardRef.Kind.CELL;
        text = new Text(owner, (multi ? SWT.MULTI | SWT.WRAP : SWT.SINGLE) | SWT.BORDER);
        FontData data = owner.getDisplay().getSystemFont().getFontData()[0];
        data.height = (float) Math.max(7, 9 * zoom);
        font = new Font(owner.getDisplay(), data);
        text.setFont(font);
        text.setText(initial);
        text.selectAll();
        int height = multi ? Math.max(bounds.height, (int) (60 * zoom)) : Math.max(bounds.height, 24);
        text.setBounds(bounds.x, bounds.y, Math.max(bounds.width, 120), height);
        text.addListener(SWT.Traverse, event -> {
            if (event.detail == SWT.TRAVERSE_RETURN) {
                event.doit = false;
                close(true);
            } else if (event.detail == SWT.TRAVERSE_ESCAPE) {
                event.doit = false;
                close(false);
            }
        });
        text.addListener(SWT.KeyDown, event -> {
            if (event.keyCode == SWT.CR || event.keyCode == SWT.KEYPAD_CR) {
                event.doit = false;
                close(true);
            }
        });
        text.addListener(SWT.FocusOut, event -> close(true));
        text.setFocus();
    }

    /** Ends editing; with {@code apply}, reports the new text (only if it changed). */
    void close(boolean apply) {
        if (!isActive()) {
            return;
        }
        Text closing = text;
        BoardRef ref = editing;
        String value = closing.getText().strip();
        text = null;
        editing = null;
        closing.dispose();
        font.dispose();
        owner.setFocus();
        if (apply) {
            commit.accept(ref, value);
        }
    }
}

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
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.parley.ui.board.BoardRef;

/**
 * The editor's tool bar: add stage/step/lane, undo/redo, zoom, the period of the live figures,
 * export.
 */
final class JourneyToolbar {

    private static final int[] PERIODS = {7, 30, 90, 365};

    private final Button undo;
    private final Button redo;

    JourneyToolbar(Composite parent, JourneyEditorPart editor) {
        Composite row = new Composite(parent, SWT.NONE);
        row.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        org.eclipse.swt.layout.RowLayout layout = new org.eclipse.swt.layout.RowLayout(SWT.HORIZONTAL);
        layout.center = true;
        layout.spacing = 4;
        row.setLayout(layout);
        Composite bar = row;
        item(bar, "Add stage", "Add a stage after the selected one", () -> add(editor, BoardRef.Kind.GROUP));
        item(bar, "Add step", "Add a step after the selected one", () -> add(editor, BoardRef.Kind.COLUMN));
        item(bar, "Add lane", "Add a lane of your own below the selected one", () -> add(editor, BoardRef.Kind.ROW));
        gap(bar);
        undo = item(bar, "Undo", "Undo (Ctrl+Z)", editor::undo);
        redo = item(bar, "Redo", "Redo (Ctrl+Y)", editor::redo);
        gap(bar);
        item(bar, "Zoom \u2212", "Zoom out (Ctrl+minus, Ctrl+wheel)", () -> editor.zoom(1 / JourneyHandlers.ZOOM_STEP));
        item(bar, "100%", "Actual size (Ctrl+0)", () -> editor.zoom(0));
        item(bar, "Zoom +", "Zoom in (Ctrl+plus, Ctrl+wheel)", () -> editor.zoom(JourneyHandlers.ZOOM_STEP));
        gap(bar);
        item(bar, "Save", "Save the journey (Ctrl+S)", () -> JourneyEditorPart.save(editor.part(), null));
        item(bar, "Export\u2026", "Export the map as SVG or PNG", () -> ExportAction.run(editor));
        gap(bar);
        new Label(row, SWT.NONE).setText("Live figures of the last");
        Combo period = new Combo(row, SWT.READ_ONLY);
        for (int days : PERIODS) {
            period.add(days + " days");
        }
        period.select(1);
        period.addListener(SWT.Selection, e -> editor.setPeriodDays(PERIODS[period.getSelectionIndex()]));
    }

    private static void add(JourneyEditorPart editor, BoardRef.Kind kind) {
        if (editor.gestures() == null) {
            return;
        }
        BoardRef focus = editor.canvas().focus();
        BoardRef at = null;
        if (kind == BoardRef.Kind.GROUP) {
            at = focus != null && focus.column() != null && editor.document().map().stageOf(focus.column())
                    .isPresent()
                            ? BoardRef.group(editor.document().map().stageOf(focus.column()).get().id())
                            : focus != null && focus.kind() == BoardRef.Kind.GROUP ? focus : null;
        } else if (kind == BoardRef.Kind.COLUMN) {
            at = focus != null && focus.column() != null ? BoardRef.column(focus.column()) : lastColumn(editor);
        } else {
            at = focus != null && focus.row() != null ? BoardRef.row(focus.row()) : lastRow(editor);
        }
        editor.run(editor.gestures().add(at));
    }

    private static BoardRef lastColumn(JourneyEditorPart editor) {
        var columns = editor.canvas().board().columns();
        return columns.isEmpty() ? null : BoardRef.column(columns.get(columns.size() - 1).id());
    }

    private static BoardRef lastRow(JourneyEditorPart editor) {
        var rows = editor.canvas().board().rows();
        return rows.isEmpty() ? null : BoardRef.row(rows.get(rows.size() - 1).id());
    }

    private static void gap(Composite bar) {
        Label gap = new Label(bar, SWT.NONE);
        gap.setLayoutData(new org.eclipse.swt.layout.RowData(12, SWT.DEFAULT));
    }

    private static Button item(Composite bar, String text, String tip, Runnable action) {
        Button item = new Button(bar, SWT.PUSH);
        item.setText(text);
        item.setToolTipText(tip);
        item.addListener(SWT.Selection, e -> action.run());
        return item;
    }

    void update(EditHistory stack) {
        if (undo.isDisposed()) {
            return;
        }
        undo.setEnabled(stack.canUndo());
        undo.setToolTipText(stack.canUndo() ? "Undo " + stack.undoLabel() + " (Ctrl+Z)" : "Nothing to undo");
        redo.setEnabled(stack.canRedo());
        redo.setToolTipText(stack.canRedo() ? "Redo " + stack.redoLabel() + " (Ctrl+Y)" : "Nothing to redo");
    }
}

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

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.parley.model.journey.Card;
import org.parley.journey.Period;
import org.parley.journey.board.InteractionLines;
import org.parley.ui.BackgroundLoad;

/**
 * The interactions a touchpoint's figures count (newest first, at most 200), loaded in the
 * background.
 */
final class InteractionsDialog {

    private static final int LIMIT = 200;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
            .withZone(ZoneId.systemDefault());

    private InteractionsDialog() {
    }

    static void open(JourneyEditorPart editor, Card touchpoint) {
        Shell shell = new Shell(editor.canvas().getShell(), SWT.DIALOG_TRIM | SWT.RESIZE);
        shell.setText(touchpoint.text() + " \u2014 interactions of the last " + editor.periodDays() + " days");
        shell.setLayout(new FillLayout());
        Table table = new Table(shell, SWT.BORDER | SWT.FULL_SELECTION);
        table.setHeaderVisible(true);
        for (String[] column : new String[][]{{"When", "140"}, {"Channel", "90"}, {"Message", "520"}}) {
            TableColumn c = new TableColumn(table, SWT.NONE);
            c.setText(column[0]);
            c.setWidth(Integer.parseInt(column[1]));
        }
        new TableItem(table, SWT.NONE).setText(new String[]{"Loading\u2026", "", ""});
        shell.setSize(800, 420);
        shell.open();
        Period period = Period.lastDays(editor.periodDays(), java.time.Instant.now());
        new BackgroundLoad<List<InteractionLines.Line>>("Listing interactions", table, editor.sync()).start(0,
                () -> InteractionLines.of(editor.store(),
                        editor.figureService().interactionIds(editor.store(), touchpoint, period, LIMIT)),
                lines -> {
                    table.removeAll();
                    for (InteractionLines.Line line : lines) {
                        new TableItem(table, SWT.NONE).setText(new String[]{
                                line.occurredAt() == null ? "" : TIME.format(line.occurredAt()), line.channel(),
                                line.preview() == null ? "" : line.preview()});
                    }
                    if (lines.isEmpty()) {
                        new TableItem(table, SWT.NONE).setText(new String[]{"None in this period", "", ""});
                    }
                });
    }
}

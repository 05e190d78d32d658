/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;

/** Small helpers for the virtual tables of the Parley parts. */
public final class Tables {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private Tables() {
    }

    /** A virtual table (rows are drawn on demand) filling its grid cell. */
    public static Table virtualTable(Composite parent) {
        Table table = new Table(parent, SWT.VIRTUAL | SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        return table;
    }

    /** Adds columns, each given as "title:width". */
    public static void columns(Table table, String... titlesAndWidths) {
        for (String spec : titlesAndWidths) {
            int colon = spec.lastIndexOf(':');
            TableColumn column = new TableColumn(table, SWT.LEFT);
            column.setText(spec.substring(0, colon));
            column.setWidth(Integer.parseInt(spec.substring(colon + 1)));
        }
    }

    /** A time in the user's zone, to the minute; empty for none. */
    public static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }
}

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

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/**
 * A part showing stored rows in a virtual table: rows are loaded in a background job, reloaded when
 * the store changes, and drawn only when visible.
 *
 * @param <T>
 *            the row type
 */
public abstract class RowsPart<T> {

    private final UISynchronize sync;
    private List<T> shown = List.of();
    private Table table;
    private BackgroundLoad<List<T>> loader;

    protected RowsPart(UISynchronize sync) {
        this.sync = sync;
    }

    /** Creates the table, columns given as "title:width", and starts the first load. */
    protected Table createTable(Composite parent, String loadName, String... columns) {
        table = Tables.virtualTable(parent);
        Tables.columns(table, columns);
        table.addListener(SWT.SetData, event -> {
            // GTK asks for data with index -1 while removeAll clears a filled virtual table (a reload)
            if (event.index >= 0 && event.index < shown.size()) {
                ((TableItem) event.item).setText(cells(shown.get(event.index)));
            }
        });
        loader = background(loadName);
        return table;
    }

    /** A background loader whose results are dropped once the table is gone. */
    protected <R> BackgroundLoad<R> background(String name) {
        return new BackgroundLoad<>(name, table, sync);
    }

    /** Loads the rows; runs in a background job. */
    protected abstract List<T> load();

    /** The texts of a row's cells. */
    protected abstract String[] cells(T row);

    /** Takes freshly loaded rows; by default shows them all. */
    protected void loaded(List<T> rows) {
        show(rows);
    }

    /** Shows these rows in the table. */
    protected final void show(List<T> rows) {
        shown = rows;
        // removeAll first: shrinking a GTK virtual table row by row takes seconds at 100k rows
        table.removeAll();
        table.setItemCount(rows.size());
    }

    /** The rows now in the table. */
    protected final List<T> shown() {
        return shown;
    }

    protected final Table table() {
        return table;
    }

    /** Loads the rows again in the background. */
    protected void reload() {
        loader.start(0, this::load, this::loaded);
    }

    @Inject
    @Optional
    public void storeChanged(@UIEventTopic(UiTopics.STORE_CHANGED) Object change) {
        if (table != null && !table.isDisposed()) {
            reload();
        }
    }

    @Focus
    public void focus() {
        table.setFocus();
    }
}

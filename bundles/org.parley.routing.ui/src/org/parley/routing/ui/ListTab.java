/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.routing.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.parley.ui.Tables;

/**
 * An ordered list of items on the left, the selected item's form on the right, and buttons to add,
 * remove, move and apply. Edits change the working list only; the part saves it as a new version.
 *
 * @param <T>
 *            the item type
 */
abstract class ListTab<T> {

    final Composite control;
    final Table table;
    final Label problem;
    private final List<T> items = new ArrayList<>();
    private final Runnable changed;

    ListTab(Composite parent, Runnable changed, String... columns) {
        this.changed = changed;
        control = new Composite(parent, SWT.NONE);
        control.setLayout(new GridLayout(1, false));
        SashForm sash = new SashForm(control, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Composite left = new Composite(sash, SWT.NONE);
        left.setLayout(new GridLayout(1, false));
        table = new Table(left, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Tables.columns(table, columns);
        table.addListener(SWT.Selection, e -> selected());
        Composite buttons = new Composite(left, SWT.NONE);
        buttons.setLayout(new RowLayout());
        button(buttons, "Add", this::add);
        button(buttons, "Remove", this::remove);
        button(buttons, "Up", () -> move(-1));
        button(buttons, "Down", () -> move(1));
        Composite right = new Composite(sash, SWT.NONE);
        right.setLayout(new GridLayout(1, false));
        createForm(right);
        Composite actions = new Composite(right, SWT.NONE);
        actions.setLayout(new RowLayout());
        button(actions, "Apply", this::apply);
        extraActions(actions);
        problem = new Label(right, SWT.WRAP);
        problem.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        createBelowForm(right);
        sash.setWeights(45, 55);
    }

    /** Creates the form in {@code parent}. */
    abstract void createForm(Composite parent);

    /** Adds buttons next to "Apply". */
    void extraActions(Composite row) {
        // none by default
    }

    /** Adds controls under the form. */
    void createBelowForm(Composite parent) {
        // none by default
    }

    abstract String[] cells(T item);

    abstract void show(T item);

    /** The item in the form; throws IllegalArgumentException saying what is wrong. */
    abstract T read();

    abstract T fresh(int number);

    static Button button(Composite parent, String text, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.addListener(SWT.Selection, e -> action.run());
        return button;
    }

    List<T> items() {
        return List.copyOf(items);
    }

    void setItems(List<T> newItems) {
        items.clear();
        items.addAll(newItems);
        refresh(items.isEmpty() ? -1 : 0);
    }

    void select(int index) {
        refresh(index);
    }

    private void refresh(int selection) {
        table.removeAll();
        for (T item : items) {
            new TableItem(table, SWT.NONE).setText(cells(item));
        }
        if (selection >= 0 && selection < items.size()) {
            table.setSelection(selection);
            show(items.get(selection));
        }
        problem.setText("");
    }

    private void selected() {
        int index = table.getSelectionIndex();
        if (index >= 0) {
            show(items.get(index));
            problem.setText("");
        }
    }

    /** Puts the form's item in place of the selected one (or at the end when none is selected). */
    boolean apply() {
        try {
            T item = read();
            int index = table.getSelectionIndex();
            if (index < 0) {
                items.add(item);
                index = items.size() - 1;
            } else {
                items.set(index, item);
            }
            refresh(index);
            changed.run();
            return true;
        } catch (RuntimeException e) {
            problem.setText(e.getMessage() == null ? e.toString() : e.getMessage());
            control.layout(true, true);
            return false;
        }
    }

    void add() {
        items.add(fresh(items.size() + 1));
        refresh(items.size() - 1);
        changed.run();
    }

    private void remove() {
        int index = table.getSelectionIndex();
        if (index >= 0) {
            items.remove(index);
            refresh(Math.min(index, items.size() - 1));
            changed.run();
        }
    }

    private void move(int delta) {
        int index = table.getSelectionIndex();
        int target = index + delta;
        if (index >= 0 && target >= 0 && target < items.size()) {
            items.add(target, items.remove(index));
            refresh(target);
            changed.run();
        }
    }
}

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

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.parley.routing.QueueEntry;
import org.parley.ui.Tables;

/**
 * The routed conversations with the due time of the brand's next reply, soonest first; overdue rows
 * in red. The part loads them in a background job.
 */
final class QueuesTab {

    static final String ALL = "All queues";

    final Composite control;
    final Combo queue;
    final Button overdueOnly;
    final Label summary;
    final Table table;
    private List<QueueEntry> entries = List.of();
    private Instant loadedAt = Instant.now();

    /**
     * @param reload
     *            asked to load the entries again
     */
    QueuesTab(Composite parent, Runnable reload) {
        control = new Composite(parent, SWT.NONE);
        control.setLayout(new GridLayout(1, false));
        Composite bar = new Composite(control, SWT.NONE);
        bar.setLayout(new GridLayout(4, false));
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        queue = new Combo(bar, SWT.READ_ONLY);
        queue.setItems(ALL);
        queue.select(0);
        queue.addListener(SWT.Selection, e -> fill());
        overdueOnly = new Button(bar, SWT.CHECK);
        overdueOnly.setText("Overdue only");
        overdueOnly.addListener(SWT.Selection, e -> fill());
        ListTab.button(bar, "Refresh", reload);
        summary = new Label(bar, SWT.NONE);
        summary.setText("Loading queues\u2026");
        summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        table = new Table(control, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Tables.columns(table, "Due:150", "Queue:130", "Priority:70", "Customer:150", "Channel:70", "Waiting since:150",
                "Text:420", "Rule:170");
    }

    /** The queue picked in the combo, or {@code null} for all. */
    String chosenQueue() {
        int index = queue.getSelectionIndex();
        return index <= 0 ? null : queue.getItem(index);
    }

    /** Shows the entries of every queue, loaded in the background at {@code now}. */
    void show(List<QueueEntry> loaded, Instant now) {
        entries = loaded;
        loadedAt = now;
        String chosen = chosenQueue();
        Set<String> names = new TreeSet<>();
        loaded.forEach(entry -> names.add(entry.target().queue()));
        if (chosen != null) {
            names.add(chosen);
        }
        queue.setItems(ALL);
        names.forEach(queue::add);
        queue.select(chosen == null ? 0 : queue.indexOf(chosen));
        fill();
    }

    void failed(String message) {
        summary.setText("Loading queues failed: " + message);
        control.layout(true, true);
    }

    private void fill() {
        Color red = table.getDisplay().getSystemColor(SWT.COLOR_DARK_RED);
        table.removeAll();
        String chosen = chosenQueue();
        List<QueueEntry> inQueue = entries.stream()
                .filter(entry -> chosen == null || chosen.equals(entry.target().queue())).toList();
        long overdue = inQueue.stream().filter(QueueEntry::overdue).count();
        long due = inQueue.stream().filter(e -> e.dueAt() != null).count();
        for (QueueEntry entry : inQueue) {
            if (overdueOnly.getSelection() && !entry.overdue()) {
                continue;
            }
            TableItem row = new TableItem(table, SWT.NONE);
            row.setText(cells(entry));
            if (entry.overdue()) {
                row.setForeground(red);
                row.setBackground(0, table.getDisplay().getSystemColor(SWT.COLOR_YELLOW));
            }
            row.setData(entry);
        }
        summary.setText(inQueue.size() + " conversations, " + due + " waiting for a reply, " + overdue
                + " overdue (as of " + Tables.time(loadedAt) + ")");
        control.layout(true, true);
    }

    static String[] cells(QueueEntry entry) {
        String dueText = entry.dueAt() == null
                ? (entry.waitingSince() == null ? "nothing due" : "no SLA target")
                : Tables.time(entry.dueAt()) + (entry.overdue() ? " OVERDUE" : "");
        return new String[]{dueText, entry.target().queue(), entry.target().priority().id(),
                entry.customer() == null ? "" : entry.customer(), entry.channel(),
                entry.waitingSince() == null ? "" : Tables.time(entry.waitingSince()), entry.snippet(),
                entry.ruleId() + " (v" + entry.configVersion() + ")"};
    }
}

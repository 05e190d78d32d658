/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.sources.ui;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.parley.ingest.IngestReport;
import org.parley.ingest.QuarantineService;
import org.parley.ingest.QuarantinedRecord;
import org.parley.store.Store;
import org.parley.ui.Tables;

/** The records no connector could read: why, where from, their raw bytes; retry or discard them. */
final class QuarantineSection {

    private static final int RAW_SHOWN = 64 * 1024;

    final Composite control;
    final Label summary;
    final Table table;
    private final SourcesPart part;
    private final QuarantineService quarantine;
    private final Store store;
    private List<QuarantinedRecord> shown = List.of();

    QuarantineSection(Composite parent, SourcesPart part, QuarantineService quarantine, Store store) {
        this.part = part;
        this.quarantine = quarantine;
        this.store = store;
        control = new Composite(parent, SWT.NONE);
        control.setLayout(new GridLayout(1, false));
        summary = new Label(control, SWT.NONE);
        summary.setText("Quarantine");
        summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        table = new Table(control, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Tables.columns(table, "Id:50", "When:120", "Connector:80", "From:200", "Where:110", "Reason:420");
        Composite buttons = new Composite(control, SWT.NONE);
        buttons.setLayout(new RowLayout());
        SourcesPart.button(buttons, "Show raw\u2026", this::showRaw);
        SourcesPart.button(buttons, "Retry", () -> act("Retrying", r -> report(quarantine.retry(store, r.id()))));
        SourcesPart.button(buttons, "Retry all", this::retryAll);
        SourcesPart.button(buttons, "Discard", () -> act("Discarding",
                r -> quarantine.discard(store, r.id()) ? "Discarded record " + r.id() : "Already gone"));
    }

    void reload() {
        part.background("Loading the quarantine", () -> quarantine.list(store, QuarantinedRecord.Status.OPEN),
                this::show);
    }

    private void show(List<QuarantinedRecord> records) {
        shown = records;
        table.removeAll();
        for (QuarantinedRecord r : records) {
            new TableItem(table, SWT.NONE).setText(new String[]{String.valueOf(r.id()), Tables.time(r.at()),
                    r.connectorId(), r.origin(), r.position(), r.reason()});
        }
        summary.setText(records.isEmpty() ? "Quarantine: empty" : "Quarantine: " + records.size() + " open records");
        control.layout(true, true);
    }

    private QuarantinedRecord selected() {
        int index = table.getSelectionIndex();
        if (index < 0) {
            part.status("Select a quarantined record first");
            return null;
        }
        return shown.get(index);
    }

    private interface Action {
        String run(QuarantinedRecord record) throws Exception;
    }

    private void act(String what, Action action) {
        QuarantinedRecord record = selected();
        if (record != null) {
            part.background(what + " record " + record.id(), () -> action.run(record), message -> {
                part.status(message);
                part.reloadAll();
            });
        }
    }

    private void retryAll() {
        part.background("Retrying the quarantine", () -> report(quarantine.retryAll(store)), message -> {
            part.status(message);
            part.reloadAll();
        });
    }

    private static String report(IngestReport report) {
        return "Retried: " + report.added() + " added, " + report.updated() + " updated, " + report.quarantined()
                + " still quarantined";
    }

    private void showRaw() {
        QuarantinedRecord record = selected();
        if (record != null) {
            part.background("Reading record " + record.id(), () -> quarantine.get(store, record.id()).orElseThrow(),
                    full -> openRaw(full));
        }
    }

    private void openRaw(QuarantinedRecord record) {
        Shell shell = new Shell(control.getShell(), SWT.DIALOG_TRIM | SWT.RESIZE);
        shell.setText("Quarantined record " + record.id() + ": " + record.reason());
        shell.setLayout(new FillLayout());
        Text text = new Text(shell, SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        byte[] raw = record.raw();
        String body = new String(raw, 0, Math.min(raw.length, RAW_SHOWN), StandardCharsets.UTF_8);
        text.setText(record.origin() + " @ " + record.position() + " (" + record.size() + " bytes)\n\n" + body
                + (raw.length > RAW_SHOWN ? "\n\u2026 (first " + RAW_SHOWN + " bytes shown)" : ""));
        shell.setSize(700, 450);
        shell.open();
    }
}

/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.inbox.ui;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.parley.analytics.Aspect;
import org.parley.analytics.Classification;
import org.parley.analytics.ClassificationService;
import org.parley.store.InteractionRepository;
import org.parley.store.InteractionRow;
import org.parley.store.Store;
import org.parley.ui.BackgroundLoad;
import org.parley.ui.RowsPart;
import org.parley.ui.Tables;

/**
 * Every stored interaction, newest first, in a virtual table that stays responsive at 100,000 rows:
 * rows are loaded and filtered in background jobs, and only visible rows are drawn. With the
 * analytics bundle, each inbound message shows its type, sentiment, action and influence in colour;
 * the panel below explains the selected row, and "Correct…" records an agent's correction.
 */
public class InteractionsPart extends RowsPart<InteractionRow> {

    /** Shown first, so the newest messages appear while the rest is still loading. */
    static final int FIRST_PAGE = 500;
    /** The first classification column, after the author and before the wide text column. */
    static final int TYPE_COLUMN = 4;
    /** The message text, right of the classification columns so that they stay on screen. */
    static final int TEXT_COLUMN = 8;

    private final InteractionRepository interactions;
    private final ClassificationService classification;
    private final Store store;
    private final UISynchronize uiSync;
    final ClassificationColumns columns = new ClassificationColumns();
    private List<InteractionRow> all = List.of();
    private Text filter;
    private Label summary;
    Text explanation;
    private BackgroundLoad<List<InteractionRow>> firstPage;
    private BackgroundLoad<List<InteractionRow>> filtering;
    private BackgroundLoad<Map<Long, Classification>> labelling;

    @Inject
    public InteractionsPart(InteractionRepository interactions, UISynchronize sync,
            @Optional ClassificationService classification, @Optional Store store) {
        super(sync);
        this.interactions = interactions;
        this.classification = store == null ? null : classification;
        this.store = store;
        this.uiSync = sync;
    }

    @PostConstruct
    void createControls(Composite parent) {
        parent.setLayout(new GridLayout(2, false));
        filter = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        filter.setMessage("Filter by author, channel, text or classification");
        filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        summary = new Label(parent, SWT.RIGHT);
        summary.setText("Loading\u2026");
        summary.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false));
        Table table = createTable(parent, "Loading interactions", "Time:130", "Channel:80", "Direction:80",
                "Author:170", ClassificationColumns.TITLES[0], ClassificationColumns.TITLES[1],
                ClassificationColumns.TITLES[2], ClassificationColumns.TITLES[3], "Text:420");
        ((GridData) table.getLayoutData()).horizontalSpan = 2;
        explanation = new Text(parent, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        GridData panel = new GridData(SWT.FILL, SWT.FILL, true, false, 2, 1);
        panel.heightHint = 110;
        explanation.setLayoutData(panel);
        explanation.setText("Select a message to see why it was classified so.");
        table.addListener(SWT.SetData, e -> paint((TableItem) e.item, table.indexOf((TableItem) e.item)));
        table.addListener(SWT.Selection, e -> explainSelection());
        table.addListener(SWT.MouseHover, e -> tooltip(table, e.x, e.y));
        addCorrectMenu(table);
        firstPage = background("Loading the newest interactions");
        filtering = background("Filtering interactions");
        labelling = background("Loading classifications");
        filter.addModifyListener(e -> applyFilter(150));
        reload();
    }

    @Override
    protected void reload() {
        firstPage.start(0, () -> interactions.rows(FIRST_PAGE), rows -> {
            if (all.size() < rows.size()) { // unless the full list came first
                loaded(rows);
            }
        });
        super.reload();
        classifyNewMessages();
    }

    /**
     * Classifies stored messages not classified yet (the demo's, imported ones) and then shows them.
     */
    private void classifyNewMessages() {
        if (classification == null) {
            return;
        }
        Job job = classification.reclassifyJob(store, false);
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                if (event.getResult().isOK()) {
                    uiSync.asyncExec(() -> {
                        if (!table().isDisposed()) {
                            loadLabels(all);
                        }
                    });
                }
            }
        });
        job.schedule();
    }

    @Override
    protected List<InteractionRow> load() {
        return interactions.rows(Integer.MAX_VALUE);
    }

    @Override
    protected void loaded(List<InteractionRow> rows) {
        all = rows;
        applyFilter(0);
        loadLabels(rows);
    }

    private void loadLabels(List<InteractionRow> rows) {
        if (classification == null) {
            return;
        }
        List<Long> ids = rows.stream().map(InteractionRow::id).toList();
        labelling.start(0, () -> classification.get(store, ids), labels -> {
            columns.set(labels);
            table().clearAll();
            explainSelection();
        });
    }

    private void applyFilter(long delayMs) {
        String query = filter.getText().strip().toLowerCase(Locale.ROOT);
        List<InteractionRow> source = all;
        filtering.start(delayMs, () -> query.isEmpty()
                ? source
                : source.stream()
                        .filter(row -> matches(row, query) || String.join(" ", columns.cells(row.id())).contains(query))
                        .toList(),
                rows -> {
                    show(rows);
                    summary.setText(rows.size() == all.size()
                            ? all.size() + " interactions"
                            : rows.size() + " of " + all.size() + " interactions");
                    summary.requestLayout();
                });
    }

    static boolean matches(InteractionRow row, String query) {
        return contains(row.author(), query) || contains(row.channel(), query) || contains(row.preview(), query);
    }

    private static boolean contains(String value, String query) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(query);
    }

    @Override
    protected String[] cells(InteractionRow row) {
        String[] labels = columns.cells(row.id());
        return new String[]{Tables.time(row.occurredAt()), row.channel(),
                row.direction().name().toLowerCase(Locale.ROOT), row.author() == null ? "" : row.author(), labels[0],
                labels[1], labels[2], labels[3], row.preview() == null ? "" : row.preview()};
    }

    private void paint(TableItem item, int index) {
        if (index >= 0 && index < shown().size()) {
            columns.paint(item, shown().get(index).id(), TYPE_COLUMN);
        }
    }

    private InteractionRow selected() {
        int index = table().getSelectionIndex();
        return index >= 0 && index < shown().size() ? shown().get(index) : null;
    }

    private void explainSelection() {
        InteractionRow row = selected();
        if (row != null) {
            explanation.setText(columns.explanation(row.id()));
        }
    }

    private void tooltip(Table table, int x, int y) {
        TableItem item = table.getItem(new Point(x, y));
        int index = item == null ? -1 : table.indexOf(item);
        table.setToolTipText(index >= 0 && index < shown().size()
                ? columns.explanation(shown().get(index).id())
                : null);
    }

    private void addCorrectMenu(Table table) {
        Menu menu = new Menu(table);
        MenuItem correct = new MenuItem(menu, SWT.PUSH);
        correct.setText("Correct\u2026");
        menu.addListener(SWT.Show, e -> {
            InteractionRow row = selected();
            correct.setEnabled(classification != null && row != null && columns.get(row.id()) != null);
        });
        correct.addListener(SWT.Selection, e -> openCorrection());
        table.setMenu(menu);
    }

    private void openCorrection() {
        InteractionRow row = selected();
        Classification current = row == null ? null : columns.get(row.id());
        if (current == null) {
            return;
        }
        Map<Aspect, String> changes = new CorrectionDialog(table().getShell(), current).open();
        if (!changes.isEmpty()) {
            correct(row.id(), changes);
        }
    }

    /** The rows shown now, for tests. */
    List<InteractionRow> rows() {
        return shown();
    }

    /** The table, for tests. */
    Table interactionsTable() {
        return table();
    }

    /** Records the agent's corrections in the background, then shows the corrected row. */
    void correct(long interactionId, Map<Aspect, String> changes) {
        String agent = System.getProperty("user.name", "agent");
        BackgroundLoad<Classification> recording = background("Recording the correction");
        recording.start(0, () -> {
            changes.forEach((aspect, value) -> classification.correct(store, interactionId, aspect, value, agent));
            return classification.get(store, interactionId).orElse(null);
        }, corrected -> {
            if (corrected != null) {
                columns.put(interactionId, corrected);
                table().clearAll();
                explainSelection();
            }
        });
    }
}

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

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.parley.store.InteractionRepository;
import org.parley.store.InteractionRow;
import org.parley.ui.BackgroundLoad;
import org.parley.ui.RowsPart;
import org.parley.ui.Tables;

/**
 * Every stored interaction, newest first, in a virtual table that stays responsive at 100,000 rows:
 * rows are loaded and filtered in background jobs, and only visible rows are drawn.
 */
public class InteractionsPart extends RowsPart<InteractionRow> {

    /** Shown first, so the newest messages appear while the rest is still loading. */
    static final int FIRST_PAGE = 500;

    private final InteractionRepository interactions;
    private List<InteractionRow> all = List.of();
    private Text filter;
    private Label summary;
    private BackgroundLoad<List<InteractionRow>> firstPage;
    private BackgroundLoad<List<InteractionRow>> filtering;

    @Inject
    public InteractionsPart(InteractionRepository interactions, UISynchronize sync) {
        super(sync);
        this.interactions = interactions;
    }

    @PostConstruct
    void createControls(Composite parent) {
        parent.setLayout(new GridLayout(2, false));
        filter = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        filter.setMessage("Filter by author, channel or text");
        filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        summary = new Label(parent, SWT.RIGHT);
        summary.setText("Loading\u2026");
        summary.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false));
        Table table = createTable(parent, "Loading interactions", "Time:130", "Channel:80", "Direction:80",
                "Author:170", "Text:640");
        ((GridData) table.getLayoutData()).horizontalSpan = 2;
        firstPage = background("Loading the newest interactions");
        filtering = background("Filtering interactions");
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
    }

    @Override
    protected List<InteractionRow> load() {
        return interactions.rows(Integer.MAX_VALUE);
    }

    @Override
    protected void loaded(List<InteractionRow> rows) {
        all = rows;
        applyFilter(0);
    }

    private void applyFilter(long delayMs) {
        String query = filter.getText().strip().toLowerCase(Locale.ROOT);
        List<InteractionRow> source = all;
        filtering.start(delayMs, () -> query.isEmpty()
                ? source
                : source.stream()
                        .filter(row -> matches(row, query)).toList(),
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
        return new String[]{Tables.time(row.occurredAt()), row.channel(),
                row.direction().name().toLowerCase(Locale.ROOT), row.author() == null ? "" : row.author(),
                row.preview() == null ? "" : row.preview()};
    }
}

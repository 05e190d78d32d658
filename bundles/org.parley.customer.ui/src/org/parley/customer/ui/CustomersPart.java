/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.customer.ui;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.parley.store.CustomerRepository;
import org.parley.store.CustomerRow;
import org.parley.ui.BackgroundLoad;
import org.parley.ui.Tables;
import org.parley.ui.UiTopics;

/** Customers with the channels they were seen on and how much they talk to the brand. */
public class CustomersPart {

    private static final int LIMIT = 100_000;

    private final CustomerRepository customers;
    private final UISynchronize sync;
    private List<CustomerRow> rows = List.of();
    private Table table;
    private BackgroundLoad<List<CustomerRow>> loader;

    @Inject
    public CustomersPart(CustomerRepository customers, UISynchronize sync) {
        this.customers = customers;
        this.sync = sync;
    }

    @PostConstruct
    void createControls(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        table = Tables.virtualTable(parent);
        Tables.columns(table, "Customer:160", "Channels:170", "Messages:80", "Last contact:130");
        table.addListener(SWT.SetData, event -> fill((TableItem) event.item, event.index));
        loader = new BackgroundLoad<>("Loading customers", table, sync);
        reload();
    }

    @Inject
    @Optional
    void storeChanged(@UIEventTopic(UiTopics.STORE_CHANGED) Object change) {
        if (table != null && !table.isDisposed()) {
            reload();
        }
    }

    private void reload() {
        loader.start(0, () -> customers.rows(LIMIT), loaded -> {
            rows = loaded;
            table.removeAll();
            table.setItemCount(loaded.size());
        });
    }

    private void fill(TableItem item, int index) {
        if (index >= rows.size()) {
            return;
        }
        CustomerRow row = rows.get(index);
        item.setText(new String[]{row.displayName(), String.join(", ", row.channels()),
                String.valueOf(row.interactions()), Tables.time(row.lastContact())});
    }

    @Focus
    void focus() {
        table.setFocus();
    }
}

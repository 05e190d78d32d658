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

import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.parley.store.CustomerRepository;
import org.parley.store.CustomerRow;
import org.parley.ui.RowsPart;
import org.parley.ui.Tables;

/** Customers with the channels they were seen on and how much they talk to the brand. */
public class CustomersPart extends RowsPart<CustomerRow> {

    private static final int LIMIT = 100_000;

    private final CustomerRepository customers;

    @Inject
    public CustomersPart(CustomerRepository customers, UISynchronize sync) {
        super(sync);
        this.customers = customers;
    }

    @PostConstruct
    void createControls(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        createTable(parent, "Loading customers", "Customer:150", "Channels:160", "Messages:75", "Last contact:125");
        reload();
    }

    @Override
    protected List<CustomerRow> load() {
        return customers.rows(LIMIT);
    }

    @Override
    protected String[] cells(CustomerRow row) {
        return new String[]{row.displayName(), String.join(", ", row.channels()),
                String.valueOf(row.interactions()), Tables.time(row.lastContact())};
    }
}

/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.app.internal;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.parley.store.Store;
import org.parley.store.StoreSettings;

/** The status line: which workspace is open and which database holds it. */
public class StatusLine {

    private final Store store;

    @Inject
    public StatusLine(@Optional Store store) {
        this.store = store;
    }

    @PostConstruct
    void createControls(Composite parent) {
        parent.setLayout(new FillLayout());
        Composite line = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginHeight = 2;
        line.setLayout(layout);
        Label label = new Label(line, SWT.NONE);
        label.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        label.setText(text(store == null ? null : store.settings()));
        // the window's trim was laid out before this control had a size: lay it out again once shown
        parent.getDisplay().asyncExec(() -> {
            if (!label.isDisposed()) {
                label.getShell().layout(true, true);
            }
        });
    }

    static String text(StoreSettings settings) {
        if (settings == null) {
            return "No workspace store: the org.parley.store bundle is not running";
        }
        return "Workspace: " + settings.workspace() + "    Database: " + settings.displayUrl()
                + (settings.isEmbeddedDerby() ? " (embedded Derby)" : "");
    }
}

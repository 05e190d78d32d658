/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.app.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/**
 * Looks at the running workbench from inside its event loop, as a user would look at the screen:
 * waits for the window and its tables to fill, switches to Planning, then closes the workbench.
 */
final class WorkbenchProbe implements Runnable {

    private static final int TICK_MS = 250;
    private static final String INTERACTIONS = "org.parley.inbox.ui.part.interactions";

    private final Display display;
    private final long deadline;
    String title;
    String statusLine;
    int interactionRows;
    int customerRows;
    int journeyRows;
    String firstInteraction;
    int filteredRows = -1;
    String filterSummary;
    boolean everyFilteredRowMatches;
    String failure;
    final EditorProbe editor = new EditorProbe();
    private boolean editorDone;
    private boolean filtering;
    private boolean sawPlanning;
    private EModelService models;
    private MApplication application;

    WorkbenchProbe(Display display, long timeoutMs) {
        this.display = display;
        this.deadline = System.currentTimeMillis() + timeoutMs;
    }

    @Override
    public void run() {
        MWindow window = window();
        if (window != null && step(window)) {
            window.getContext().get(IWorkbench.class).close();
            return;
        }
        if (System.currentTimeMillis() > deadline) {
            failure = "timed out: window=" + (window != null) + " interactions=" + interactionRows + " customers="
                    + customerRows + " journeys=" + journeyRows;
            if (window != null) {
                window.getContext().get(IWorkbench.class).close();
            }
            return;
        }
        display.timerExec(TICK_MS, this);
    }

    /** @return true when everything was seen */
    private boolean step(MWindow window) {
        Shell shell = (Shell) window.getWidget();
        title = shell.getText();
        statusLine = texts(shell, Label.class::isInstance).stream().filter(t -> t.startsWith("Workspace:"))
                .findFirst().orElse(null);
        models = window.getContext().get(EModelService.class);
        application = window.getContext().get(MApplication.class);
        if (!filtering && !sawPlanning) {
            lookAtOperations();
        } else if (filtering) {
            lookAtFilteredRows(window);
        } else {
            journeyRows = rows("org.parley.journey.ui.part.journeys");
        }
        if (sawPlanning && journeyRows >= 2 && statusLine != null && !editorDone) {
            editorDone = editor.step(window, display);
        }
        return editorDone;
    }

    /**
     * The index of the column with this title (the Interactions table's columns are not fixed by
     * position).
     */
    private static int column(Table table, String title) {
        for (int i = 0; i < table.getColumnCount(); i++) {
            if (title.equals(table.getColumn(i).getText())) {
                return i;
            }
        }
        throw new IllegalStateException("no column " + title);
    }

    private void lookAtOperations() {
        interactionRows = rows(INTERACTIONS);
        customerRows = rows("org.parley.customer.ui.part.customers");
        if (interactionRows >= 300 && customerRows >= 50) {
            Table table = table(INTERACTIONS);
            firstInteraction = table.getItem(0).getText(1) + " | " + table.getItem(0).getText(column(table, "Text"));
            filter().setText("phone");
            filtering = true;
        }
    }

    private void lookAtFilteredRows(MWindow window) {
        Table table = table(INTERACTIONS);
        if (table.getItemCount() == 0 || table.getItemCount() >= interactionRows) {
            return; // the filter job has not answered yet
        }
        filteredRows = table.getItemCount();
        everyFilteredRowMatches = true;
        int text = column(table, "Text");
        for (int row = 0; row < table.getItemCount(); row++) {
            TableItem item = table.getItem(row);
            String line = (item.getText(1) + " " + item.getText(3) + " " + item.getText(text)).toLowerCase();
            everyFilteredRowMatches &= line.contains("phone");
        }
        filterSummary = texts(partComposite(INTERACTIONS),
                c -> c instanceof Label label && label.getText().endsWith("interactions")).get(0);
        filter().setText("");
        filtering = false;
        MUIElement planning = models.find("org.parley.app.perspective.planning", application);
        window.getContext().get(EPartService.class).switchPerspective((MPerspective) planning);
        sawPlanning = true;
    }

    private MWindow window() {
        for (Shell shell : display.getShells()) {
            if (shell.getData("modelElement") instanceof MWindow window && shell.isVisible()) {
                return window;
            }
        }
        return null;
    }

    private Composite partComposite(String partId) {
        MUIElement element = models.find(partId, application);
        return element instanceof MPart part && part.getWidget() instanceof Composite composite ? composite : null;
    }

    private Text filter() {
        List<Control> texts = new ArrayList<>();
        collect(partComposite(INTERACTIONS), Text.class::isInstance, texts);
        return (Text) texts.get(0);
    }

    private int rows(String partId) {
        Table table = table(partId);
        return table == null ? 0 : table.getItemCount();
    }

    private Table table(String partId) {
        Composite composite = partComposite(partId);
        if (composite == null) {
            return null;
        }
        List<Control> tables = new ArrayList<>();
        collect(composite, Table.class::isInstance, tables);
        return tables.isEmpty() ? null : (Table) tables.get(0);
    }

    private static List<String> texts(Composite root, Predicate<Control> filter) {
        List<Control> found = new ArrayList<>();
        collect(root, filter, found);
        return found.stream().map(c -> ((Label) c).getText()).toList();
    }

    private static void collect(Composite root, Predicate<Control> filter, List<Control> found) {
        for (Control child : root.getChildren()) {
            if (filter.test(child)) {
                found.add(child);
            }
            if (child instanceof Composite composite) {
                collect(composite, filter, found);
            }
        }
    }
}

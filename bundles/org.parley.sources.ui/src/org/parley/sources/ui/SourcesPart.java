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

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceListener;
import org.parley.channels.Capability;
import org.parley.channels.ChannelConnector;
import org.parley.ingest.ImportJob;
import org.parley.ingest.IngestReport;
import org.parley.ingest.IngestService;
import org.parley.ingest.PullJob;
import org.parley.ingest.QuarantineService;
import org.parley.ingest.SecretStore;
import org.parley.ingest.Source;
import org.parley.store.Store;
import org.parley.ui.Tables;

/**
 * The Sources part: the installed connectors (as they come and go), the workspace's sources with
 * their settings, secrets, schedule and last run, imports and polls as Eclipse Jobs, and the
 * quarantine.
 */
public class SourcesPart {

    private final IngestService ingest;
    private final SecretStore secrets;
    private final Store store;
    private final UISynchronize sync;
    private final QuarantineService quarantineService;

    Table connectors;
    Table sources;
    SourceForm form;
    QuarantineSection quarantine;
    Label status;
    private List<ChannelConnector> connectorList = List.of();
    private List<Source> sourceList = List.of();
    private Composite root;
    private ServiceListener connectorListener;

    @Inject
    @Optional
    private ECommandService commandService;

    @Inject
    @Optional
    private EHandlerService handlerService;

    @Inject
    public SourcesPart(IngestService ingest, QuarantineService quarantine, SecretStore secrets, Store store,
            UISynchronize sync) {
        this.ingest = ingest;
        this.quarantineService = quarantine;
        this.secrets = secrets;
        this.store = store;
        this.sync = sync;
    }

    @PostConstruct
    public void createControls(Composite parent) {
        root = parent;
        parent.setLayout(new GridLayout(1, false));
        SashForm rows = new SashForm(parent, SWT.VERTICAL);
        rows.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        connectors = table(rows, "Connector:170", "Id:70", "Can:230", "What it reads:500");
        SashForm middle = new SashForm(rows, SWT.HORIZONTAL);
        Composite left = new Composite(middle, SWT.NONE);
        left.setLayout(new GridLayout(1, false));
        sources = table(left, "Source:150", "Connector:70", "Every:50", "Last run:120", "Added:55", "Updated:60",
                "Dupes:50", "Quarantined:80", "Problem:250");
        sources.addListener(SWT.Selection, e -> sourceSelected());
        Composite buttons = new Composite(left, SWT.NONE);
        buttons.setLayout(new RowLayout());
        button(buttons, "New source", this::newSource);
        button(buttons, "Save source", this::saveSource);
        button(buttons, "Import file\u2026", () -> command(SourcesHandlers.IMPORT, this::chooseFile));
        button(buttons, "Poll now", () -> command(SourcesHandlers.POLL, this::pollNow));
        button(buttons, "Remove", this::removeSource);
        form = new SourceForm(middle);
        middle.setWeights(60, 40);
        quarantine = new QuarantineSection(rows, this, quarantineService, store);
        rows.setWeights(20, 45, 35);
        status = new Label(parent, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        watchConnectors();
        reloadAll();
    }

    private static Table table(Composite parent, String... columns) {
        Table table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Tables.columns(table, columns);
        return table;
    }

    static Button button(Composite parent, String text, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.addListener(SWT.Selection, e -> action.run());
        return button;
    }

    /** Connector bundles installed or removed later show up at once. */
    private void watchConnectors() {
        BundleContext context = FrameworkUtil.getBundle(SourcesPart.class).getBundleContext();
        if (context != null) {
            connectorListener = event -> ui(this::reloadConnectors);
            try {
                context.addServiceListener(connectorListener,
                        "(objectClass=" + ChannelConnector.class.getName() + ")");
            } catch (org.osgi.framework.InvalidSyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @PreDestroy
    public void dispose() {
        BundleContext context = FrameworkUtil.getBundle(SourcesPart.class).getBundleContext();
        if (context != null && connectorListener != null) {
            context.removeServiceListener(connectorListener);
        }
    }

    void reloadAll() {
        reloadConnectors();
        background("Loading sources", () -> ingest.sources(store), this::showSources);
        quarantine.reload();
    }

    private void reloadConnectors() {
        connectorList = ingest.connectors();
        connectors.removeAll();
        for (ChannelConnector c : connectorList) {
            Set<String> can = new TreeSet<>();
            c.capabilities().forEach(cap -> can.add(cap.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')));
            new TableItem(connectors, SWT.NONE).setText(new String[]{c.displayName(), c.id(), String.join(", ", can),
                    c.description()});
        }
    }

    private void showSources(List<Source> list) {
        sourceList = list;
        int selected = sources.getSelectionIndex();
        sources.removeAll();
        for (Source s : list) {
            IngestReport r = s.lastReport();
            new TableItem(sources, SWT.NONE).setText(new String[]{s.name(), s.connectorId(),
                    s.schedule() == null ? "" : SourceForm.format(s.schedule()), Tables.time(s.lastRunAt()),
                    r == null ? "" : String.valueOf(r.added()), r == null ? "" : String.valueOf(r.updated()),
                    r == null ? "" : String.valueOf(r.duplicates()), r == null ? "" : String.valueOf(r.quarantined()),
                    s.lastError() == null ? "" : s.lastError()});
        }
        if (selected >= 0 && selected < list.size()) {
            sources.setSelection(selected);
        }
    }

    private Source selectedSource() {
        int index = sources.getSelectionIndex();
        return index < 0 ? null : sourceList.get(index);
    }

    private ChannelConnector selectedConnector() {
        int index = connectors.getSelectionIndex();
        return index < 0 ? null : connectorList.get(index);
    }

    private void sourceSelected() {
        Source source = selectedSource();
        if (source == null) {
            return;
        }
        ingest.connector(source.connectorId()).ifPresentOrElse(connector -> {
            Path workspace = store.settings().workspace();
            background("Reading secrets", () -> secrets.keys(workspace, source.id()), keys -> form.show(connector,
                    source, keys));
        }, () -> status("The connector '" + source.connectorId() + "' of this source is not installed"));
    }

    void newSource() {
        ChannelConnector connector = selectedConnector();
        if (connector == null) {
            status("Select a connector first");
            return;
        }
        sources.deselectAll();
        form.show(connector, Source.of(connector.id(), connector.displayName() + " source", Map.of(), null), Set.of());
    }

    /** Saves the source in the form; its secrets go to secure storage, never to the database. */
    void saveSource() {
        Source edited;
        try {
            edited = form.read();
        } catch (IllegalArgumentException e) {
            status(e.getMessage());
            return;
        }
        Map<String, char[]> typed = form.takeSecrets();
        Path workspace = store.settings().workspace();
        background("Saving source " + edited.name(), () -> {
            Source saved = ingest.save(store, edited);
            typed.forEach((key, value) -> {
                secrets.put(workspace, saved.id(), key, value);
                java.util.Arrays.fill(value, '\0');
            });
            return saved;
        }, saved -> {
            status("Saved source " + saved.name() + (typed.isEmpty() ? "" : " and its secrets"));
            form.show(form.connector(), saved, secrets.keys(workspace, saved.id()));
            background("Loading sources", () -> ingest.sources(store), this::showSources);
        });
    }

    /**
     * Executes the command as its menu item and key do (fragment.e4xmi); outside a workbench (no
     * command services) runs {@code direct}, the same code the handler reaches.
     */
    private void command(String id, Runnable direct) {
        if (commandService == null || handlerService == null) {
            direct.run();
            return;
        }
        ParameterizedCommand command = commandService.createCommand(id, null);
        if (command == null) {
            direct.run();
        } else {
            handlerService.executeHandler(command);
        }
    }

    void chooseFile() {
        FileDialog dialog = new FileDialog(root.getShell(), SWT.OPEN);
        dialog.setText("Import a file");
        String file = dialog.open();
        if (file != null) {
            importFile(Path.of(file));
        }
    }

    /** Imports with the selected source's settings, or with the selected connector's defaults. */
    void importFile(Path file) {
        Source source = selectedSource();
        ChannelConnector connector = selectedConnector();
        ImportJob job;
        if (source != null) {
            job = new ImportJob(ingest, store, source.id(), file);
        } else if (connector != null && connector.capabilities().contains(Capability.FILE_IMPORT)) {
            job = new ImportJob(ingest, store, connector.id(), file);
        } else {
            status("Select a source, or a connector that imports files");
            return;
        }
        status("Importing " + file.getFileName() + "\u2026");
        run(job, () -> job.report(), "Imported " + file.getFileName());
    }

    void pollNow() {
        Source source = selectedSource();
        if (source == null) {
            status("Select a source to poll");
            return;
        }
        PullJob job = new PullJob(ingest, store, source.id());
        status("Polling " + source.name() + "\u2026");
        run(job, () -> job.report(), "Polled " + source.name());
    }

    private void run(Job job, java.util.function.Supplier<java.util.Optional<IngestReport>> report, String done) {
        job.setUser(true);
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                String message = event.getResult().isOK()
                        ? report.get().map(r -> done + ": " + r.added() + " added, " + r.updated() + " updated, "
                                + r.duplicates() + " duplicates, " + r.quarantined() + " quarantined"
                                + (r.skipped() > 0 ? ", " + r.skipped() + " skipped by the source's filter" : ""))
                                .orElse(done)
                        : event.getResult().getSeverity() == org.eclipse.core.runtime.IStatus.CANCEL
                                ? done + ": canceled; the next run resumes where this one stopped"
                                : event.getResult().getMessage();
                ui(() -> {
                    status(message);
                    reloadAll();
                });
            }
        });
        job.schedule();
    }

    private void removeSource() {
        Source source = selectedSource();
        if (source != null) {
            background("Removing source " + source.name(), () -> {
                ingest.remove(store, source.id());
                return source;
            }, removed -> {
                status("Removed source " + removed.name() + "; its messages stay");
                reloadAll();
            });
        }
    }

    void status(String text) {
        status.setText(text == null ? "" : text);
        status.getParent().layout(true, true);
    }

    <T> void background(String name, Callable<T> work, Consumer<T> done) {
        Job job = Job.create(name, monitor -> {
            try {
                T result = work.call();
                ui(() -> done.accept(result));
                return Status.OK_STATUS;
            } catch (Exception e) {
                ui(() -> status(name + " failed: " + e.getMessage()));
                return Status.error(name + " failed", e);
            }
        });
        job.schedule();
    }

    private void ui(Runnable update) {
        sync.asyncExec(() -> {
            if (!root.isDisposed()) {
                update.run();
            }
        });
    }

    @Focus
    public void focus() {
        connectors.setFocus();
    }
}

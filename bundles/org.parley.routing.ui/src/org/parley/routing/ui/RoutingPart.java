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
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Text;
import org.parley.analytics.TopicService;
import org.parley.routing.PreviewMatch;
import org.parley.routing.QueueEntry;
import org.parley.routing.RouteReport;
import org.parley.routing.RoutingConfig;
import org.parley.routing.RoutingRule;
import org.parley.routing.RoutingService;
import org.parley.routing.RoutingVersion;
import org.parley.store.Store;
import org.parley.ui.Tables;

/**
 * The Routing part: edit the routing rules and SLA policies, save them as a new version, open an
 * older version, and try a rule on the stored messages. Database work runs in Eclipse Jobs.
 */
public class RoutingPart {

    /** How many of the newest stored messages "Test this rule" tries. */
    static final int PREVIEW_SCAN = 10_000;
    static final int PREVIEW_LIMIT = 200;

    private final RoutingService routing;
    private final TopicService topicService;
    private final Store store;
    private final UISynchronize sync;

    Label version;
    Combo versions;
    Text note;
    Button save;
    Label status;
    RulesTab rules;
    PoliciesTab policies;
    QueuesTab queues;
    TopicsTab topics;
    private List<RoutingVersion> saved = List.of();
    private Composite root;

    @Inject
    public RoutingPart(RoutingService routing, TopicService topicService, Store store, UISynchronize sync) {
        this.routing = routing;
        this.topicService = topicService;
        this.store = store;
        this.sync = sync;
    }

    @PostConstruct
    public void createControls(Composite parent) {
        root = parent;
        parent.setLayout(new GridLayout(1, false));
        Composite header = new Composite(parent, SWT.NONE);
        header.setLayout(new GridLayout(7, false));
        header.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        version = new Label(header, SWT.NONE);
        version.setText("Loading routing rules\u2026");
        versions = new Combo(header, SWT.READ_ONLY);
        ListTab.button(header, "Open version", this::openSelectedVersion);
        note = new Text(header, SWT.BORDER);
        note.setMessage("What changed?");
        note.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        save = ListTab.button(header, "Save as new version", this::save);
        ListTab.button(header, "Route now", this::routeNow);
        status = new Label(header, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, false, false));
        TabFolder tabs = new TabFolder(parent, SWT.TOP);
        tabs.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        rules = new RulesTab(tabs, this::edited);
        policies = new PoliciesTab(tabs, this::edited);
        tab(tabs, "Rules", rules.control);
        tab(tabs, "SLA policies", policies.control);
        queues = new QueuesTab(tabs, this::loadQueues);
        tab(tabs, "Queues", queues.control);
        topics = new TopicsTab(tabs, topicService, store, this::ui);
        tab(tabs, "Topics", topics.control);
        rules.onTest(this::preview);
        load(null);
        loadQueues();
        topics.load(null);
    }

    private static void tab(TabFolder tabs, String text, Composite control) {
        TabItem item = new TabItem(tabs, SWT.NONE);
        item.setText(text);
        item.setControl(control);
    }

    /** Loads the current version (or {@code wanted}) and the list of versions in the background. */
    void load(Integer wanted) {
        background("Loading routing rules", () -> {
            RoutingVersion current = routing.current(store);
            RoutingVersion shown = wanted == null ? current : routing.version(store, wanted).orElse(current);
            return new Loaded(shown, routing.versions(store));
        }, loaded -> show(loaded.shown(), loaded.versions()));
    }

    /** Loads the routed conversations with their due times in the background. */
    void loadQueues() {
        queues.summary.setText("Loading queues\u2026");
        Job job = Job.create("Loading routing queues", monitor -> {
            try {
                Instant now = Instant.now();
                List<QueueEntry> entries = routing.queue(store, null, now);
                ui(() -> queues.show(entries, now));
                return Status.OK_STATUS;
            } catch (RuntimeException e) {
                ui(() -> queues.failed(e.getMessage()));
                return Status.error("Loading routing queues failed", e);
            }
        });
        job.schedule();
    }

    private record Loaded(RoutingVersion shown, List<RoutingVersion> versions) {
    }

    private void show(RoutingVersion shown, List<RoutingVersion> all) {
        saved = all;
        versions.setItems(all.stream().map(v -> "Version " + v.version() + " \u2013 " + Tables.time(v.savedAt())
                + (v.note() == null || v.note().isBlank() ? "" : " \u2013 " + v.note())).toArray(String[]::new));
        versions.select(all.indexOf(shown));
        version.setText("Version " + shown.version() + (shown.equals(all.get(0)) ? " (current)" : " (older)"));
        rules.setItems(shown.config().rules());
        policies.setItems(shown.config().policies());
        root.layout(true, true);
    }

    private void openSelectedVersion() {
        int index = versions.getSelectionIndex();
        if (index >= 0) {
            load(saved.get(index).version());
        }
    }

    private void edited() {
        status.setText("Changed, not saved");
        status.getParent().layout(true, true);
    }

    /** Saves the rules and policies shown as a new version. */
    void save() {
        RoutingConfig config;
        try {
            config = new RoutingConfig(rules.items(), policies.items());
        } catch (IllegalArgumentException e) {
            status.setText("Not saved: " + e.getMessage());
            status.getParent().layout(true, true);
            return;
        }
        String text = note.getText();
        save.setEnabled(false);
        background("Saving routing rules", () -> routing.save(store, config, text), savedVersion -> {
            note.setText("");
            status.setText("Saved as version " + savedVersion.version());
            save.setEnabled(true);
            load(savedVersion.version());
        });
    }

    /** Routes the unrouted conversations with the current (saved) rules, in a cancellable job. */
    void routeNow() {
        status.setText("Routing\u2026");
        Job job = new Job("Routing conversations") {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
                try {
                    RouteReport report = routing.route(store, Instant.now(), monitor::isCanceled);
                    ui(() -> {
                        status(routed(report));
                        loadQueues();
                    });
                    return report.canceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
                } catch (RuntimeException e) {
                    ui(() -> status("Routing failed: " + e.getMessage()));
                    return Status.error("Routing failed", e);
                } finally {
                    monitor.done();
                }
            }
        };
        job.setUser(true);
        job.schedule();
    }

    static String routed(RouteReport report) {
        StringBuilder text = new StringBuilder("Routed " + report.routed() + " of " + report.conversations()
                + " conversations with version " + report.configVersion());
        report.queues().forEach((queue, count) -> text.append(", ").append(queue).append(' ').append(count));
        return text.append(report.canceled() ? " (canceled)" : "").toString();
    }

    private void status(String text) {
        status.setText(text);
        status.getParent().layout(true, true);
    }

    private void preview(RoutingRule rule) {
        Job job = new Job("Testing rule '" + rule.id() + "'") {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
                try {
                    List<PreviewMatch> matches = routing.preview(store, rule, PREVIEW_SCAN, PREVIEW_LIMIT,
                            monitor::isCanceled);
                    ui(() -> rules.showPreview(rule, matches, PREVIEW_SCAN));
                    return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
                } catch (RuntimeException e) {
                    ui(() -> rules.previewSummary.setText("Test failed: " + e.getMessage()));
                    return Status.error("Testing rule '" + rule.id() + "' failed", e);
                } finally {
                    monitor.done();
                }
            }
        };
        job.setUser(true);
        job.schedule();
    }

    private <T> void background(String name, Callable<T> work, Consumer<T> done) {
        Job job = Job.create(name, monitor -> {
            try {
                T result = work.call();
                ui(() -> done.accept(result));
                return Status.OK_STATUS;
            } catch (Exception e) {
                ui(() -> {
                    status.setText(name + " failed: " + e.getMessage());
                    save.setEnabled(true);
                });
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
        rules.table.setFocus();
    }
}

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

import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.parley.analytics.Topic;
import org.parley.analytics.TopicService;
import org.parley.analytics.TopicSet;
import org.parley.analytics.TopicVersion;
import org.parley.store.Store;
import org.parley.ui.Tables;

/**
 * The workspace's topics (what messages are about, which routing rules and journey touchpoints
 * name): each with its keywords and phrases, saved as versions of their own, apart from the rules.
 */
final class TopicsTab {

    final Composite control;
    final Label version;
    final Combo versions;
    final Text note;
    final Button save;
    final Label status;
    final TopicList list;
    private final TopicService topics;
    private final Store store;
    private final Consumer<Runnable> ui;
    private List<TopicVersion> saved = List.of();

    /** The topics as a list with a form: id, label, keywords, phrases. */
    static final class TopicList extends ListTab<Topic> {

        Text id;
        Text label;
        Text keywords;
        Text phrases;

        TopicList(Composite parent, Runnable changed) {
            super(parent, changed, "Topic:110", "Label:140", "Keywords:260", "Phrases:260");
        }

        @Override
        void createForm(Composite parent) {
            Composite form = new Composite(parent, SWT.NONE);
            form.setLayout(new GridLayout(2, false));
            form.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
            id = Form.text(form, "Id", "a lower-case word that rules and touchpoints name (outage)");
            label = Form.text(form, "Label", "what people read (Outage)");
            keywords = Form.text(form, "Keywords", "single words, comma-separated; disconnect* matches any ending");
            phrases = Form.text(form, "Phrases", "words in a row, comma-separated (no internet, down again)");
        }

        @Override
        String[] cells(Topic topic) {
            return new String[]{topic.id(), topic.label(), Form.words(topic.keywords()), Form.words(topic.phrases())};
        }

        @Override
        void show(Topic topic) {
            id.setText(topic.id());
            label.setText(topic.label());
            keywords.setText(Form.words(topic.keywords()));
            phrases.setText(Form.words(topic.phrases()));
        }

        @Override
        Topic read() {
            return new Topic(id.getText(), label.getText(), Form.words(keywords), Form.words(phrases));
        }

        @Override
        Topic fresh(int number) {
            return new Topic("topic-" + number, "Topic " + number, List.of("keyword"), List.of());
        }
    }

    TopicsTab(Composite parent, TopicService topics, Store store, Consumer<Runnable> ui) {
        this.topics = topics;
        this.store = store;
        this.ui = ui;
        control = new Composite(parent, SWT.NONE);
        control.setLayout(new GridLayout(1, false));
        Composite header = new Composite(control, SWT.NONE);
        header.setLayout(new GridLayout(6, false));
        header.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        version = new Label(header, SWT.NONE);
        version.setText("Loading topics\u2026");
        versions = new Combo(header, SWT.READ_ONLY);
        ListTab.button(header, "Open version", this::openSelectedVersion);
        note = new Text(header, SWT.BORDER);
        note.setMessage("What changed in the topics?");
        note.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        save = ListTab.button(header, "Save topics as new version", this::save);
        status = new Label(header, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, false, false));
        list = new TopicList(control, () -> status("Changed, not saved"));
        list.control.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
    }

    private record Loaded(TopicVersion shown, List<TopicVersion> all) {
    }

    /** Loads the current version (or {@code wanted}) and the list of versions in the background. */
    void load(Integer wanted) {
        background("Loading topics", () -> {
            TopicVersion current = topics.current(store);
            TopicVersion shown = wanted == null ? current : topics.version(store, wanted).orElse(current);
            return new Loaded(shown, topics.versions(store));
        }, loaded -> {
            saved = loaded.all();
            versions.setItems(saved.stream().map(v -> "Version " + v.version() + " \u2013 " + Tables.time(v
                    .savedAt()) + (v.note() == null || v.note().isBlank() ? "" : " \u2013 " + v.note()))
                    .toArray(String[]::new));
            versions.select(saved.indexOf(loaded.shown()));
            version.setText("Topics version " + loaded.shown().version() + (loaded.shown().equals(saved.get(0))
                    ? " (current)"
                    : " (older)"));
            list.setItems(loaded.shown().topics().topics());
            control.layout(true, true);
        });
    }

    private void openSelectedVersion() {
        int index = versions.getSelectionIndex();
        if (index >= 0) {
            load(saved.get(index).version());
        }
    }

    /** Saves the topics shown as a new version; the stored messages are reclassified with it. */
    void save() {
        TopicSet set;
        try {
            set = new TopicSet(list.items());
        } catch (IllegalArgumentException e) {
            status("Not saved: " + e.getMessage());
            return;
        }
        String text = note.getText();
        save.setEnabled(false);
        background("Saving topics", () -> topics.save(store, set, text), savedVersion -> {
            note.setText("");
            status("Saved as topics version " + savedVersion.version());
            save.setEnabled(true);
            load(savedVersion.version());
        });
    }

    void status(String text) {
        status.setText(text);
        status.getParent().layout(true, true);
    }

    private <T> void background(String name, Callable<T> work, Consumer<T> done) {
        Job job = Job.create(name, monitor -> {
            try {
                T result = work.call();
                ui.accept(() -> done.accept(result));
                return Status.OK_STATUS;
            } catch (Exception e) {
                ui.accept(() -> {
                    status(name + " failed: " + e.getMessage());
                    save.setEnabled(true);
                });
                return Status.error(name + " failed", e);
            }
        });
        job.schedule();
    }
}

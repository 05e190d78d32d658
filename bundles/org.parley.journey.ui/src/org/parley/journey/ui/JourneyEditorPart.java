/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.journey.ui;

import java.time.Instant;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.core.commands.operations.OperationHistoryFactory;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.ui.MDirtyable;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.parley.journey.JourneyService;
import org.parley.journey.Period;
import org.parley.journey.TouchpointFigure;
import org.parley.journey.TouchpointFigures;
import org.parley.journey.board.JourneyBoards;
import org.parley.journey.board.command.JourneyCommands;
import org.parley.journey.board.command.JourneyDocument;
import org.parley.journey.board.command.JourneyGestures;
import org.parley.model.journey.JourneyMap;
import org.parley.store.StaleEditException;
import org.parley.store.Store;
import org.parley.ui.BackgroundLoad;
import org.parley.ui.SaveJobs;
import org.parley.ui.UiTopics;
import org.parley.ui.board.command.Command;
import org.parley.ui.board.swt.BoardCanvas;
import org.parley.ui.board.swt.BoardListener.Action;

/**
 * The journey map editor: stages as columns of steps, lanes as rows, the emotion lane as a curve,
 * live figures on touchpoints, and a properties panel. Every edit is an operation in Eclipse's
 * operation history under this editor's own undo context ({@link EditHistory}); the editor is dirty
 * while the journey differs from what was last saved. Saving ({@link Persist}, reached through
 * {@code EPartService.savePart} by the Save command and the workbench) runs in a Job and posts
 * {@link UiTopics#STORE_CHANGED} when the journey is stored.
 */
public class JourneyEditorPart {

    /** Persisted-state key of the journey's database id. */
    public static final String JOURNEY_ID = "org.parley.journey.id";

    private final MPart part;
    private final MDirtyable dirtyable;
    private final UISynchronize sync;
    private final EditHistory history;

    @Inject
    @Optional
    private JourneyService journeys;

    @Inject
    @Optional
    private TouchpointFigures figureService;

    @Inject
    @Optional
    private Store store;

    @Inject
    @Optional
    private IEventBroker events;

    private BoardCanvas canvas;
    private JourneyToolbar toolbar;
    private JourneyProperties properties;
    private Label status;
    private JourneyDocument document;
    private JourneyCommands commands;
    private JourneyGestures gestures;
    private Map<String, TouchpointFigure> figures = Map.of();
    private BackgroundLoad<JourneyMap> loader;
    private BackgroundLoad<Map<String, TouchpointFigure>> figureLoader;
    private JourneyCanvasListener canvasListener;
    private JourneyMap savedMap;
    private Job saving;
    private int periodDays = 30;

    @Inject
    public JourneyEditorPart(MPart part, MDirtyable dirtyable, UISynchronize sync) {
        this.part = part;
        this.dirtyable = dirtyable;
        this.sync = sync;
        this.history = new EditHistory(OperationHistoryFactory.getOperationHistory(), "Journey map editor");
    }

    @PostConstruct
    void createControls(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        toolbar = new JourneyToolbar(parent, this);
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        canvas = new BoardCanvas(sash, SWT.BORDER);
        properties = new JourneyProperties(sash, this);
        sash.setWeights(78, 22);
        status = new Label(parent, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        status.setText("Loading journey\u2026");
        canvasListener = new JourneyCanvasListener(this);
        canvas.setListener(canvasListener);
        JourneyMenu.install(canvas, canvasListener);
        history.addListener(this::historyChanged);
        loader = new BackgroundLoad<>("Loading journey", canvas, sync);
        figureLoader = new BackgroundLoad<>("Computing touchpoint figures", canvas, sync);
        load();
    }

    private void load() {
        String id = part.getPersistedState().get(JOURNEY_ID);
        if (journeys == null || store == null || id == null) {
            status.setText("The journey service is not available; the journey cannot be opened.");
            return;
        }
        long databaseId = Long.parseLong(id);
        loader.start(0, () -> journeys.load(store, databaseId).orElse(null), this::loaded);
    }

    /** Shows a journey given directly (tests, new journeys). */
    public void open(JourneyMap map) {
        loaded(map);
    }

    private void loaded(JourneyMap map) {
        if (map == null) {
            status.setText("This journey no longer exists.");
            return;
        }
        document = new JourneyDocument(map);
        commands = new JourneyCommands(document);
        gestures = new JourneyGestures(commands);
        document.addListener(changed -> refresh());
        savedMap = map;
        history.flush();
        part.setLabel(map.name());
        refresh();
        loadFigures("");
    }

    void loadFigures() {
        loadFigures("");
    }

    /** Computes the live figures again; {@code note} (e.g. "Saved. ") stays in front of the status. */
    private void loadFigures(String note) {
        if (figureService == null || store == null || document == null) {
            status.setText(note + "Live figures are not available in this installation.");
            return;
        }
        JourneyMap map = document.map();
        int days = periodDays;
        status.setText(note + "Computing live figures for the last " + days + " days\u2026");
        figureLoader.start(0, () -> figureService.figures(store, map, Period.lastDays(days, Instant.now())),
                result -> {
                    figures = result;
                    status.setText(note + "Live figures: last " + days + " days of stored interactions. "
                            + "Double-click or F2 to edit, Insert to add, Delete to remove, drag headers to reorder.");
                    refresh();
                });
    }

    private void refresh() {
        canvas.setBoard(JourneyBoards.toBoard(document.map(), figures));
        properties.show(canvas.board(), canvas.focus());
        updateDirty();
        toolbar.update(history);
    }

    private void historyChanged() {
        if (!canvas.isDisposed()) {
            updateDirty();
            toolbar.update(history);
        }
    }

    /** Dirty while the journey differs from the one last saved (or opened): undoing back is clean. */
    private void updateDirty() {
        dirtyable.setDirty(document != null && !document.map().equals(savedMap));
    }

    /**
     * Runs an edit; an edit the journey refuses is explained in the status line and changes nothing.
     */
    public void run(Command command) {
        if (command == null || document == null) {
            return;
        }
        if (saving != null && document.map().databaseId() == null) {
            status.setText("Wait a moment: the journey is being saved for the first time.");
            return;
        }
        String refused = history.execute(command);
        if (refused != null) {
            status.setText(refused);
        }
    }

    /**
     * Saves the journey in a Job; the status line says "Saving…", then "Saved." or why the store
     * refused (a journey saved elsewhere since it was opened), in which case the edits stay and the
     * editor stays dirty. Called by {@code EPartService.savePart}.
     */
    @Persist
    public void save() {
        if (document == null || journeys == null || store == null) {
            return;
        }
        if (saving != null) {
            status.setText("Still saving\u2026");
            return;
        }
        JourneyMap shown = document.map();
        JourneyMap toSave = document.toSave();
        String name = "Saving journey " + shown.name();
        status.setText("Saving\u2026");
        Job job = SaveJobs.create(name, monitor -> {
            monitor.beginTask(name, IProgressMonitor.UNKNOWN);
            try {
                JourneyMap saved = journeys.save(store, toSave);
                ui(() -> saved(shown, saved), () -> saving = null);
                if (events != null) {
                    events.post(UiTopics.STORE_CHANGED, saved);
                }
                return Status.OK_STATUS;
            } catch (StaleEditException stale) {
                ui(() -> refused(stale.getMessage()), () -> saving = null);
                return Status.OK_STATUS;
            } catch (RuntimeException failed) {
                ui(() -> refused(failed.getMessage()), () -> saving = null);
                return Status.error(name + " failed: " + failed.getMessage(), failed);
            } finally {
                monitor.done();
            }
        });
        saving = job;
        job.schedule();
    }

    /** The save job: whether a save is running now (tests). */
    Job saving() {
        return saving;
    }

    private void saved(JourneyMap shown, JourneyMap saved) {
        if (shown.databaseId() == null) {
            part.getPersistedState().put(JOURNEY_ID, String.valueOf(saved.databaseId()));
        }
        boolean editedMeanwhile = document.map() != shown;
        document.stored(saved);
        savedMap = editedMeanwhile ? shown : document.map();
        updateDirty();
        part.setLabel(saved.name());
        loadFigures("Saved. ");
    }

    private void refused(String message) {
        status.setText("Not saved: " + message);
        updateDirty();
    }

    /** Runs {@code always} and then, if the editor is still open, {@code update} on the UI thread. */
    private void ui(Runnable update, Runnable always) {
        sync.asyncExec(() -> {
            always.run();
            if (!canvas.isDisposed()) {
                update.run();
            }
        });
    }

    /**
     * Saves as the workbench does: through {@code EPartService.savePart} (dirty check, the window's
     * save handler, then {@link #save()}), or straight when the part is not in a workbench (tests).
     */
    static void save(MPart part, EPartService parts) {
        EPartService service = parts;
        if (service == null && part.getContext() != null) {
            service = part.getContext().get(EPartService.class);
        }
        if (service != null) {
            service.savePart(part, false);
        } else if (part.getObject() instanceof JourneyEditorPart editor) {
            editor.save();
        }
    }

    void undo() {
        history.undo();
    }

    void redo() {
        history.redo();
    }

    /**
     * Copy, cut, paste, delete and the other canvas actions, as the keys and the context menu run them.
     */
    void action(Action action) {
        canvasListener.action(action);
    }

    void zoom(double factor) {
        canvas.setZoom(factor == 0 ? 1 : canvas.zoom() * factor);
    }

    void setPeriodDays(int days) {
        periodDays = days;
        loadFigures();
    }

    int periodDays() {
        return periodDays;
    }

    BoardCanvas canvas() {
        return canvas;
    }

    MPart part() {
        return part;
    }

    EditHistory history() {
        return history;
    }

    JourneyDocument document() {
        return document;
    }

    JourneyCommands commands() {
        return commands;
    }

    JourneyGestures gestures() {
        return gestures;
    }

    Map<String, TouchpointFigure> figures() {
        return figures;
    }

    TouchpointFigures figureService() {
        return figureService;
    }

    Store store() {
        return store;
    }

    UISynchronize sync() {
        return sync;
    }

    void selectionChanged() {
        properties.show(canvas.board(), canvas.focus());
    }

    String statusText() {
        return status.getText();
    }

    void setStatus(String text) {
        status.setText(text == null ? "" : text);
    }

    @Focus
    public void focus() {
        canvas.setFocus();
    }

    @PreDestroy
    void dispose() {
        history.dispose();
    }
}

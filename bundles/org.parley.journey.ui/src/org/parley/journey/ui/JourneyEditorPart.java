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

import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
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
import org.parley.model.journey.JourneyMap;
import org.parley.journey.JourneyService;
import org.parley.journey.Period;
import org.parley.journey.TouchpointFigure;
import org.parley.journey.TouchpointFigures;
import org.parley.journey.board.JourneyBoards;
import org.parley.journey.board.command.JourneyCommands;
import org.parley.journey.board.command.JourneyDocument;
import org.parley.journey.board.command.JourneyGestures;
import org.parley.store.Store;
import org.parley.ui.BackgroundLoad;
import org.parley.ui.board.command.Command;
import org.parley.ui.board.command.CommandStack;
import org.parley.ui.board.swt.BoardCanvas;

/**
 * The journey map editor: stages as columns of steps, lanes as rows, the emotion lane as a curve,
 * live figures on touchpoints, and a properties panel. Every edit is a command on the command stack
 * (undo, redo, dirty state); saving writes the whole journey through the journey service.
 */
public class JourneyEditorPart {

    /** Persisted-state key of the journey's database id. */
    public static final String JOURNEY_ID = "org.parley.journey.id";

    private final MPart part;
    private final MDirtyable dirtyable;
    private final UISynchronize sync;
    private final CommandStack stack = new CommandStack();

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
    private EPartService partService;

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
    private int periodDays = 30;

    @Inject
    public JourneyEditorPart(MPart part, MDirtyable dirtyable, UISynchronize sync) {
        this.part = part;
        this.dirtyable = dirtyable;
        this.sync = sync;
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
        JourneyCanvasListener gestures = new JourneyCanvasListener(this);
        canvas.setListener(gestures);
        JourneyMenu.install(canvas, gestures);
        stack.addListener(s -> stackChanged());
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
        stack.flush();
        part.setLabel(map.name());
        refresh();
        loadFigures();
    }

    void loadFigures() {
        if (figureService == null || store == null || document == null) {
            status.setText("Live figures are not available in this installation.");
            return;
        }
        JourneyMap map = document.map();
        int days = periodDays;
        status.setText("Computing live figures for the last " + days + " days\u2026");
        figureLoader.start(0, () -> figureService.figures(store, map, Period.lastDays(days, java.time.Instant.now())),
                result -> {
                    figures = result;
                    status.setText("Live figures: last " + days + " days of stored interactions. "
                            + "Double-click or F2 to edit, Insert to add, Delete to remove, drag headers to reorder.");
                    refresh();
                });
    }

    private void refresh() {
        canvas.setBoard(JourneyBoards.toBoard(document.map(), figures));
        properties.show(canvas.board(), canvas.focus());
        toolbar.update(stack);
    }

    private void stackChanged() {
        dirtyable.setDirty(stack.isDirty());
        toolbar.update(stack);
    }

    /**
     * Runs an edit; an edit the journey refuses is explained in the status line and changes nothing.
     */
    public void run(Command command) {
        if (command == null || document == null) {
            return;
        }
        try {
            stack.execute(command);
        } catch (IllegalArgumentException refused) {
            status.setText(refused.getMessage());
        }
    }

    @Persist
    public void save() {
        if (document == null || journeys == null || store == null) {
            return;
        }
        JourneyMap saved;
        try {
            saved = journeys.save(store, document.toSave());
        } catch (RuntimeException refused) {
            status.setText("Not saved: " + refused.getMessage());
            return;
        }
        if (document.map().databaseId() == null) {
            part.getPersistedState().put(JOURNEY_ID, String.valueOf(saved.databaseId()));
        }
        document.stored(saved);
        stack.markSaved();
        part.setLabel(saved.name());
        status.setText("Saved.");
        loadFigures();
    }

    void saveFromKeyboard() {
        if (partService != null) {
            partService.savePart(part, false);
        } else {
            save();
        }
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

    CommandStack stack() {
        return stack;
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

    void setStatus(String text) {
        status.setText(text == null ? "" : text);
    }

    @Focus
    public void focus() {
        canvas.setFocus();
    }

    @PreDestroy
    void dispose() {
        stack.flush();
    }
}

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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.commands.operations.OperationHistoryFactory;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.ui.MDirtyable;
import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.parley.journey.JourneyService;
import org.parley.model.journey.JourneyMap;
import org.parley.store.Store;
import org.parley.ui.SaveJobs;
import org.parley.testing.Services;
import org.parley.testing.Workspaces;
import org.parley.testing.swt.SwtHarness;
import org.parley.ui.UiTopics;

/**
 * The journey editor's commands run as the workbench runs them: handler objects invoked through
 * dependency injection with the editor as the active part, on editors made by injection on a real
 * workspace.
 */
class JourneyEditorCommandsTest {

    @TempDir
    Path temp;

    private final SwtHarness swt = new SwtHarness();
    private final List<Object> storeChanges = new CopyOnWriteArrayList<>();
    private final List<Shell> shells = new ArrayList<>();
    private final List<MPart> editors = new ArrayList<>();
    private JourneyService journeys;
    private Store store;
    private IEclipseContext workbench;
    private IEventBroker events;

    @BeforeEach
    void openWorkspace() throws Exception {
        journeys = Services.get(JourneyService.class);
        store = Workspaces.open(temp);
        for (String name : List.of("org.eclipse.equinox.event", "org.eclipse.e4.ui.services")) {
            for (Bundle bundle : FrameworkUtil.getBundle(getClass()).getBundleContext().getBundles()) {
                if (name.equals(bundle.getSymbolicName()) && bundle.getState() != Bundle.ACTIVE) {
                    bundle.start();
                }
            }
        }
        IEclipseContext services = EclipseContextFactory.getServiceContext(FrameworkUtil.getBundle(getClass())
                .getBundleContext());
        workbench = services.createChild("journey editor test");
        workbench.set(UISynchronize.class, swt.sync);
        events = workbench.get(IEventBroker.class);
        assertNotNull(events, "the e4 event broker");
        events.subscribe(UiTopics.STORE_CHANGED, event -> storeChanges.add(event.getProperty(IEventBroker.DATA)));
        workbench.set(JourneyService.class, journeys);
        workbench.set(Store.class, store);
    }

    @AfterEach
    void close() {
        for (MPart part : editors) {
            swt.waitFor("the live figures", () -> !of(part).statusText().contains("Computing live figures"));
        }
        shells.forEach(Shell::dispose);
        workbench.dispose();
        store.close();
    }

    /** An editor made by injection, as the renderer makes it, showing {@code map}. */
    private MPart editor(JourneyMap map) {
        Shell shell = new Shell(swt.display);
        shells.add(shell);
        shell.setLayout(new FillLayout());
        shell.setSize(1200, 800);
        MPart part = MBasicFactory.INSTANCE.createPart();
        IEclipseContext context = workbench.createChild("part");
        context.set(MPart.class, part);
        context.set(MDirtyable.class, part);
        context.set(Composite.class, new Composite(shell, SWT.NONE));
        JourneyEditorPart editor = ContextInjectionFactory.make(JourneyEditorPart.class, context);
        part.setObject(editor);
        editor.open(map);
        editors.add(part);
        shell.open();
        workbench.set(IServiceConstants.ACTIVE_PART, part);
        return part;
    }

    private static JourneyEditorPart of(MPart part) {
        return (JourneyEditorPart) part.getObject();
    }

    private boolean canExecute(Object handler) {
        return (Boolean) ContextInjectionFactory.invoke(handler, CanExecute.class, workbench, false);
    }

    private void execute(Object handler) {
        assertTrue(canExecute(handler), handler.getClass().getSimpleName() + " is enabled");
        ContextInjectionFactory.invoke(handler, Execute.class, workbench);
    }

    private static void rename(MPart part, int step, String name) {
        JourneyEditorPart editor = of(part);
        editor.run(editor.commands().renameStep(editor.document().map().steps().get(step).id(), name));
    }

    private static String step(MPart part, int step) {
        return of(part).document().map().steps().get(step).name();
    }

    private static Button toolbarButton(MPart part, String text) {
        List<Control> all = new ArrayList<>();
        collect(of(part).canvas().getParent().getParent(), all);
        return all.stream().filter(c -> c instanceof Button b && text.equals(b.getText())).map(Button.class::cast)
                .findFirst().orElseThrow();
    }

    private static void collect(Composite root, List<Control> found) {
        for (Control child : root.getChildren()) {
            found.add(child);
            if (child instanceof Composite composite) {
                collect(composite, found);
            }
        }
    }

    @Test
    void theSaveCommandSavesInAJobAndTheJourneysListIsToldAfterwards() {
        JourneyMap stored = journeys.save(store, journeys.fromTemplate("social-complaint"));
        MPart part = editor(stored);
        JourneyHandlers.Save save = new JourneyHandlers.Save();
        assertFalse(canExecute(save), "nothing to save in a journey just opened");
        rename(part, 0, "Sees the parcel is crushed");
        assertTrue(part.isDirty());

        execute(save);
        assertEquals("Saving\u2026", of(part).statusText(), "the save runs in a job, not on the UI thread");
        assertNotNull(of(part).saving());
        assertTrue(SaveJobs.finish(), "the workbench can wait for the save when it closes");
        assertEquals("Sees the parcel is crushed", journeys.load(store, stored.databaseId()).orElseThrow().steps()
                .get(0).name(), "once the save jobs are finished, the journey is stored: quitting loses nothing");
        swt.waitFor("the save", () -> of(part).statusText().startsWith("Saved."));

        assertFalse(part.isDirty(), "saved");
        assertFalse(canExecute(save));
        assertNull(of(part).saving());
        assertEquals("Sees the parcel is crushed", journeys.load(store, stored.databaseId()).orElseThrow().steps()
                .get(0).name());
        swt.waitFor("the store-changed event", () -> !storeChanges.isEmpty());
        assertEquals(stored.databaseId(), ((JourneyMap) storeChanges.get(0)).databaseId());
    }

    @Test
    void undoAndRedoWalkTheActiveEditorsOwnOperationHistory() {
        MPart first = editor(journeys.fromTemplate("social-complaint"));
        String original = step(first, 0);
        assertFalse(toolbarButton(first, "Undo").isEnabled());
        rename(first, 0, "Renamed once");
        assertTrue(toolbarButton(first, "Undo").isEnabled(), "the tool bar's Undo follows the history");
        assertFalse(toolbarButton(first, "Redo").isEnabled());
        rename(first, 0, "Renamed twice");
        MPart second = editor(journeys.fromTemplate("social-complaint"));
        rename(second, 1, "Only in the second map");
        JourneyHandlers.Undo undo = new JourneyHandlers.Undo();
        JourneyHandlers.Redo redo = new JourneyHandlers.Redo();
        assertFalse(canExecute(redo));

        workbench.set(IServiceConstants.ACTIVE_PART, first);
        execute(undo);
        assertEquals("Renamed once", step(first, 0));
        assertEquals("Only in the second map", step(second, 1), "the other editor's edit is not undone");
        execute(undo);
        assertEquals(original, step(first, 0));
        assertFalse(first.isDirty(), "undone back to the opened journey");
        assertFalse(canExecute(undo), "nothing left to undo in this editor");
        assertFalse(toolbarButton(first, "Undo").isEnabled());
        assertTrue(toolbarButton(first, "Redo").isEnabled());
        assertTrue(OperationHistoryFactory.getOperationHistory().canUndo(of(second).history().context()),
                "the second editor keeps its own undo context in the platform's operation history");

        execute(redo);
        execute(redo);
        assertEquals("Renamed twice", step(first, 0));
        assertTrue(first.isDirty());
        assertFalse(canExecute(redo));

        workbench.set(IServiceConstants.ACTIVE_PART, second);
        execute(undo);
        assertEquals(of(second).document().map().steps().get(1).name(), journeys.fromTemplate("social-complaint")
                .steps().get(1).name());
        assertEquals("Renamed twice", step(first, 0));
    }

    @Test
    void aSaveOverAJourneySavedElsewhereIsRefusedAndTheEditsStay() {
        JourneyMap stored = journeys.save(store, journeys.fromTemplate("social-complaint"));
        MPart part = editor(stored);
        journeys.save(store, stored.withDescription("Renamed in another window", stored.scenario(),
                stored.targetOutcome()));
        rename(part, 0, "My edit");

        execute(new JourneyHandlers.Save());
        swt.waitFor("the refusal", () -> of(part).statusText().startsWith("Not saved:"));

        assertTrue(of(part).statusText().contains("saved elsewhere"), of(part).statusText());
        assertTrue(part.isDirty(), "the edits are not lost: the editor stays dirty");
        assertEquals("My edit", step(part, 0));
        assertTrue(canExecute(new JourneyHandlers.Save()), "and can be saved again");
        assertEquals("Renamed in another window", journeys.load(store, stored.databaseId()).orElseThrow().name(),
                "the other save stands");
        assertTrue(storeChanges.isEmpty(), "nothing changed, nothing posted");
    }

    @Test
    void theEditCommandsActOnlyOnAJourneyEditor() {
        MPart other = MBasicFactory.INSTANCE.createPart();
        workbench.set(IServiceConstants.ACTIVE_PART, other);
        for (Object handler : List.of(new JourneyHandlers.Save(), new JourneyHandlers.Undo(),
                new JourneyHandlers.Redo(), new JourneyHandlers.Export(), new JourneyHandlers.Copy(),
                new JourneyHandlers.Paste(), new JourneyHandlers.Delete(), new JourneyHandlers.ZoomIn())) {
            assertFalse(canExecute(handler), handler.getClass().getSimpleName() + " without a journey editor");
        }
        MPart part = editor(journeys.fromTemplate("social-complaint"));
        double zoom = of(part).canvas().zoom();
        execute(new JourneyHandlers.ZoomIn());
        assertTrue(of(part).canvas().zoom() > zoom);
        execute(new JourneyHandlers.ZoomReset());
        assertEquals(1.0, of(part).canvas().zoom(), 1e-9);
    }
}

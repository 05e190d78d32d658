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

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.bindings.EBindingService;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.model.application.ui.menu.MMenu;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuElement;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.bindings.Binding;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.parley.journey.JourneyService;
import org.parley.journey.ui.JourneyEditors;
import org.parley.journey.ui.JourneyHandlers;
import org.parley.model.journey.JourneyInfo;
import org.parley.store.Store;
import org.parley.ui.board.BoardRef;
import org.parley.ui.board.swt.BoardCanvas;

/**
 * Opens a demo journey in its editor inside the running workbench and uses the editor's commands as
 * the workbench wires them from org.parley.journey.ui's fragment: the keys resolve in the editor's
 * binding context, Delete (twice) runs through the handler service, and one real Ctrl+Z typed on
 * the display undoes exactly one edit (the key binding dispatcher takes the key; the canvas's own
 * key handling does not undo a second time).
 */
final class EditorProbe {

    private static final int GIVE_UP_TICKS = 40;

    String undoKey;
    String saveKey;
    String undoInJourneysList;
    String editMenuParent;
    int columnsOpened = -1;
    int columnsAfterDelete = -1;
    boolean dirtyAfterDelete;
    int columnsAfterCtrlZ = -1;
    boolean dirtyAfterCtrlZ;
    private MPart editor;
    private int phase;
    private int ticks;
    private int undoneAt = -1;

    /** @return true when done (or given up) */
    boolean step(MWindow window, Display display) {
        IEclipseContext context = window.getContext();
        EModelService models = context.get(EModelService.class);
        MApplication application = context.get(MApplication.class);
        EPartService parts = context.get(EPartService.class);
        ticks++;
        if (phase == 0) {
            bindingOutsideTheEditor(parts, models, application);
            editMenuParent = menuOf(window, "org.parley.journey.ui.menuitem.undo");
            JourneyInfo journey = context.get(JourneyService.class).list(context.get(Store.class)).get(0);
            editor = JourneyEditors.open(parts, models, application, journey.databaseId(), journey.name());
            phase = 1;
            ticks = 0;
        } else if (phase == 1) {
            BoardCanvas canvas = canvas();
            if (canvas != null && !canvas.board().columns().isEmpty()) {
                deleteAndType(canvas, display);
                phase = 2;
                ticks = 0;
            }
        } else {
            BoardCanvas canvas = canvas();
            if (canvas.board().columns().size() != columnsAfterDelete && undoneAt < 0) {
                undoneAt = ticks;
            }
            // a few more ticks, so that a second handling of the same key would show
            if (undoneAt >= 0 && ticks > undoneAt + 4 || ticks > GIVE_UP_TICKS) {
                columnsAfterCtrlZ = canvas.board().columns().size();
                dirtyAfterCtrlZ = editor.isDirty();
                return true;
            }
        }
        return ticks > GIVE_UP_TICKS;
    }

    /** The id of the main menu's menu that holds the item {@code itemId}, in the merged model. */
    private static String menuOf(MWindow window, String itemId) {
        for (MMenuElement menu : window.getMainMenu().getChildren()) {
            if (menu instanceof MMenu submenu && submenu.getChildren().stream()
                    .anyMatch(item -> itemId.equals(item.getElementId()))) {
                return submenu.getElementId();
            }
        }
        return null;
    }

    /** While the Journeys list is the active part, Ctrl+Z is not the journey editor's undo. */
    private void bindingOutsideTheEditor(EPartService parts, EModelService models, MApplication application) {
        MPart list = (MPart) models.find("org.parley.journey.ui.part.journeys", application);
        parts.activate(list);
        EBindingService bindings = list.getContext().get(EBindingService.class);
        Binding match = bindings.getPerfectMatch(bindings.createSequence("M1+Z"));
        undoInJourneysList = match == null ? null : match.getParameterizedCommand().getId();
    }

    private void deleteAndType(BoardCanvas canvas, Display display) {
        IEclipseContext context = editor.getContext();
        ECommandService commands = context.get(ECommandService.class);
        EBindingService bindings = context.get(EBindingService.class);
        Binding undo = bindings.getPerfectMatch(bindings.createSequence("M1+Z"));
        undoKey = undo == null ? null : undo.getParameterizedCommand().getId();
        Binding save = bindings.getPerfectMatch(bindings.createSequence("M1+S"));
        saveKey = save == null ? null : save.getParameterizedCommand().getId();

        columnsOpened = canvas.board().columns().size();
        ParameterizedCommand delete = commands.createCommand(JourneyHandlers.DELETE, null);
        for (int i = 1; i <= 2; i++) {
            canvas.select(BoardRef.column(canvas.board().columns().get(columnsOpened - i).id()));
            context.get(EHandlerService.class).executeHandler(delete);
        }
        columnsAfterDelete = canvas.board().columns().size();
        dirtyAfterDelete = editor.isDirty();

        canvas.getShell().forceActive();
        canvas.setFocus();
        key(display, SWT.KeyDown, SWT.CTRL, '\0');
        key(display, SWT.KeyDown, 0, 'z');
        key(display, SWT.KeyUp, 0, 'z');
        key(display, SWT.KeyUp, SWT.CTRL, '\0');
    }

    private static void key(Display display, int type, int keyCode, char character) {
        Event event = new Event();
        event.type = type;
        event.keyCode = keyCode;
        event.character = character;
        display.post(event);
    }

    private BoardCanvas canvas() {
        return editor.getWidget() instanceof Composite composite ? find(composite) : null;
    }

    private static BoardCanvas find(Composite root) {
        for (Control child : root.getChildren()) {
            if (child instanceof BoardCanvas canvas) {
                return canvas;
            }
            if (child instanceof Composite composite) {
                BoardCanvas found = find(composite);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}

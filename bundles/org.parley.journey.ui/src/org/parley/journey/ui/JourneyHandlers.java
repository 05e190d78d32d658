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

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.parley.ui.board.swt.BoardListener.Action;

/**
 * The handlers of the journey editor's commands (contributed by this bundle's
 * {@code fragment.e4xmi}, with their key bindings in the journey editor's binding context). Each
 * acts on the active part when it is a journey editor, and is disabled otherwise.
 */
public final class JourneyHandlers {

    /** The command ids, as in fragment.e4xmi. */
    public static final String SAVE = "org.parley.journey.ui.command.save";
    public static final String UNDO = "org.parley.journey.ui.command.undo";
    public static final String REDO = "org.parley.journey.ui.command.redo";
    public static final String EXPORT = "org.parley.journey.ui.command.export";
    public static final String CUT = "org.parley.journey.ui.command.cut";
    public static final String COPY = "org.parley.journey.ui.command.copy";
    public static final String PASTE = "org.parley.journey.ui.command.paste";
    public static final String DELETE = "org.parley.journey.ui.command.delete";
    public static final String ZOOM_IN = "org.parley.journey.ui.command.zoomin";
    public static final String ZOOM_OUT = "org.parley.journey.ui.command.zoomout";
    public static final String ZOOM_RESET = "org.parley.journey.ui.command.zoomreset";

    /** One zoom step of the commands and the tool bar. */
    static final double ZOOM_STEP = 1.2;

    private JourneyHandlers() {
    }

    /** The journey editor shown by {@code part}, or {@code null}. */
    static JourneyEditorPart editor(MPart part) {
        return part != null && part.getObject() instanceof JourneyEditorPart editor && editor.document() != null
                ? editor
                : null;
    }

    /**
     * Saves the active journey editor through the part service, so its dirty state and @Persist apply.
     */
    public static final class Save {
        @CanExecute
        public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part) {
            return editor(part) != null && part.isDirty();
        }

        @Execute
        public void execute(@Named(IServiceConstants.ACTIVE_PART) MPart part, @Optional EPartService parts) {
            if (editor(part) != null) {
                JourneyEditorPart.save(part, parts);
            }
        }
    }

    /** Undoes the active journey editor's last edit (its undo context in the operation history). */
    public static final class Undo {
        @CanExecute
        public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part) {
            return editor(part) != null && editor(part).history().canUndo();
        }

        @Execute
        public void execute(@Named(IServiceConstants.ACTIVE_PART) MPart part) {
            if (editor(part) != null) {
                editor(part).undo();
            }
        }
    }

    /** Redoes the active journey editor's last undone edit. */
    public static final class Redo {
        @CanExecute
        public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part) {
            return editor(part) != null && editor(part).history().canRedo();
        }

        @Execute
        public void execute(@Named(IServiceConstants.ACTIVE_PART) MPart part) {
            if (editor(part) != null) {
                editor(part).redo();
            }
        }
    }

    /** Exports the active journey map as SVG or PNG. */
    public static final class Export extends OnEditor {
        @Override
        void run(JourneyEditorPart editor) {
            ExportAction.run(editor);
        }
    }

    /** Cuts the selected cards or step of the active journey editor. */
    public static final class Cut extends OnEditor {
        @Override
        void run(JourneyEditorPart editor) {
            editor.action(Action.CUT);
        }
    }

    /** Copies the selected cards or step of the active journey editor. */
    public static final class Copy extends OnEditor {
        @Override
        void run(JourneyEditorPart editor) {
            editor.action(Action.COPY);
        }
    }

    /** Pastes what was copied at the focus of the active journey editor. */
    public static final class Paste extends OnEditor {
        @Override
        void run(JourneyEditorPart editor) {
            editor.action(Action.PASTE);
        }
    }

    /** Deletes the selection of the active journey editor. */
    public static final class Delete extends OnEditor {
        @Override
        void run(JourneyEditorPart editor) {
            editor.action(Action.DELETE);
        }
    }

    /** Zooms the active journey map in by one step. */
    public static final class ZoomIn extends OnEditor {
        @Override
        void run(JourneyEditorPart editor) {
            editor.zoom(ZOOM_STEP);
        }
    }

    /** Zooms the active journey map out by one step. */
    public static final class ZoomOut extends OnEditor {
        @Override
        void run(JourneyEditorPart editor) {
            editor.zoom(1 / ZOOM_STEP);
        }
    }

    /** Shows the active journey map at its actual size. */
    public static final class ZoomReset extends OnEditor {
        @Override
        void run(JourneyEditorPart editor) {
            editor.zoom(0);
        }
    }

    /** A handler enabled while a journey editor with an open journey is the active part. */
    abstract static class OnEditor {
        @CanExecute
        public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part) {
            return editor(part) != null;
        }

        @Execute
        public void execute(@Named(IServiceConstants.ACTIVE_PART) MPart part) {
            JourneyEditorPart editor = editor(part);
            if (editor != null) {
                run(editor);
            }
        }

        abstract void run(JourneyEditorPart editor);
    }
}

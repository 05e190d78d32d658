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

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

/**
 * The handlers of the Sources part's commands (contributed by this bundle's {@code fragment.e4xmi}
 * with their menu items and keys; the part's buttons execute the same commands). They act on the
 * Sources part: the active part when it is the Sources part, otherwise the one the workbench shows.
 */
public final class SourcesHandlers {

    /** Ids as in fragment.e4xmi. */
    public static final String PART = "org.parley.sources.ui.part.sources";
    public static final String IMPORT = "org.parley.sources.ui.command.import";
    public static final String POLL = "org.parley.sources.ui.command.poll";
    /** Optional parameter of the import command: the file to import, without asking for one. */
    public static final String FILE = "org.parley.sources.ui.commandparameter.file";

    private SourcesHandlers() {
    }

    static SourcesPart sources(MPart active, EPartService parts) {
        if (active != null && active.getObject() instanceof SourcesPart sources) {
            return sources;
        }
        MPart part = parts == null ? null : parts.findPart(PART);
        return part != null && part.getObject() instanceof SourcesPart sources ? sources : null;
    }

    /**
     * Imports a file with the selected source's settings (or the selected connector's defaults), asking
     * for the file unless the command names it.
     */
    public static final class ImportFile {
        @CanExecute
        public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart active,
                @Optional EPartService parts) {
            return sources(active, parts) != null;
        }

        @Execute
        public void execute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart active,
                @Optional EPartService parts, @Optional @Named(FILE) String file) {
            SourcesPart sources = sources(active, parts);
            if (sources == null) {
                return;
            }
            if (file == null) {
                sources.chooseFile();
            } else {
                sources.importFile(Path.of(file));
            }
        }
    }

    /** Polls the selected source now, in a Job. */
    public static final class PollNow {
        @CanExecute
        public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart active,
                @Optional EPartService parts) {
            return sources(active, parts) != null;
        }

        @Execute
        public void execute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart active,
                @Optional EPartService parts) {
            SourcesPart sources = sources(active, parts);
            if (sources != null) {
                sources.pollNow();
            }
        }
    }
}

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

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.parley.model.journey.JourneyMap;
import org.parley.journey.board.JourneyImages;

/**
 * Exports the map as the editor shows it (live figures included) to an SVG or PNG file.
 */
final class ExportAction {

    private ExportAction() {
    }

    static void run(JourneyEditorPart editor) {
        if (editor.document() == null) {
            return;
        }
        JourneyMap map = editor.document().map();
        FileDialog dialog = new FileDialog(editor.canvas().getShell(), SWT.SAVE);
        dialog.setText("Export journey map");
        dialog.setFilterExtensions(new String[]{"*.svg", "*.png"});
        dialog.setFilterNames(new String[]{"SVG image (*.svg)", "PNG image (*.png)"});
        dialog.setFileName(map.name().replaceAll("[^\\p{L}\\p{N} _-]", "").strip() + ".svg");
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        Path file = Path.of(chosen);
        boolean png = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png")
                || dialog.getFilterIndex() == 1 && !file.toString().toLowerCase(Locale.ROOT).endsWith(".svg");
        try (OutputStream out = Files.newOutputStream(file)) {
            if (png) {
                JourneyImages.png(map, editor.figures(), out);
            } else {
                JourneyImages.svg(map, editor.figures(), out);
            }
            editor.setStatus("Exported to " + file);
        } catch (IOException | RuntimeException e) {
            editor.setStatus("Export failed: " + e.getMessage());
        }
    }
}

/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.journey.board;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.parley.model.journey.JourneyMap;
import org.parley.journey.TouchpointFigure;
import org.parley.ui.board.BoardImages;
import org.parley.ui.board.BoardLayout;
import org.parley.ui.board.BoardTheme;

/**
 * SVG and PNG images of a journey map, drawn like the editor draws it (no display needed).
 */
public final class JourneyImages {

    /** PNG pixels per model unit: 2 for crisp text on slides and high-density screens. */
    public static final double PNG_SCALE = 2;

    private JourneyImages() {
    }

    public static BoardLayout layout(JourneyMap map, Map<String, TouchpointFigure> figures) {
        return new BoardLayout(JourneyBoards.toBoard(map, figures));
    }

    public static void svg(JourneyMap map, Map<String, TouchpointFigure> figures, OutputStream out)
            throws IOException {
        out.write(BoardImages.svg(layout(map, figures), BoardTheme.standard()).getBytes(StandardCharsets.UTF_8));
    }

    public static void png(JourneyMap map, Map<String, TouchpointFigure> figures, OutputStream out)
            throws IOException {
        BoardImages.png(layout(map, figures), BoardTheme.standard(), PNG_SCALE, out);
    }
}

/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.ui.board.swt;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;
import org.parley.ui.board.BoardLayout;
import org.parley.ui.board.BoardTheme;

/**
 * Times painting a board with SWT into an offscreen image, the way {@link BoardCanvas} paints a
 * screen while scrolling. Needs a display; makes one if the thread has none.
 */
public final class SwtPaintBench {

    private SwtPaintBench() {
    }

    /** Average milliseconds per frame of a {@code width x height} view, scrolled across the board. */
    public static double screenFrameMillis(BoardLayout layout, int width, int height, int frames) {
        Display existing = Display.getCurrent();
        Display display = existing != null ? existing : new Display();
        Image image = new Image(display, width, height);
        GC gc = new GC(image);
        Map<Integer, Font> fonts = new HashMap<>();
        try {
            BoardView view = new BoardView(layout, BoardTheme.standard());
            view.paint(new SwtGraphics(gc, fonts), width, height);
            double step = Math.max(0, layout.width() - width) / frames;
            long started = System.nanoTime();
            for (int frame = 0; frame < frames; frame++) {
                view.scrollTo(frame * step, 0, width, height);
                SwtGraphics graphics = new SwtGraphics(gc, fonts);
                view.paint(graphics, width, height);
                graphics.dispose();
            }
            return (System.nanoTime() - started) / 1e6 / frames;
        } finally {
            fonts.values().forEach(Font::dispose);
            gc.dispose();
            image.dispose();
            if (existing == null) {
                display.dispose();
            }
        }
    }
}

/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.journey.board.internal;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.parley.ui.board.BoardLayout;
import org.parley.ui.board.BoardPainter;
import org.parley.ui.board.BoardTheme;
import org.parley.ui.board.Java2dGraphics;
import org.parley.ui.board.Rect;

/**
 * Paint timings: a 1600 x 900 screen of the board at successive scroll positions (what scrolling
 * costs per frame), and the whole board at once.
 */
final class PaintBench {

    static final int SCREEN_WIDTH = 1600;
    static final int SCREEN_HEIGHT = 900;
    static final int FRAMES = 40;

    private PaintBench() {
    }

    static void java2d(BoardLayout layout, ObjectNode result) {
        BufferedImage screen = new BufferedImage(SCREEN_WIDTH, SCREEN_HEIGHT, BufferedImage.TYPE_INT_RGB);
        BoardPainter painter = new BoardPainter(layout, BoardTheme.standard());
        double step = Math.max(0, layout.width() - SCREEN_WIDTH) / FRAMES;
        paintScreen(painter, screen, 0);
        long started = System.nanoTime();
        for (int frame = 0; frame < FRAMES; frame++) {
            paintScreen(painter, screen, frame * step);
        }
        result.put("java2d_screen_frame_ms", Math.round(JourneyBenchCommand.millis(started) * 100 / FRAMES) / 100.0);
        BufferedImage whole = new BufferedImage((int) Math.ceil(layout.width() / 4),
                (int) Math.ceil(layout.height() / 4), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = whole.createGraphics();
        g.scale(0.25, 0.25);
        started = System.nanoTime();
        painter.paintAll(new Java2dGraphics(g));
        result.put("java2d_whole_board_ms", JourneyBenchCommand.millis(started));
        g.dispose();
    }

    private static void paintScreen(BoardPainter painter, BufferedImage screen, double x) {
        Graphics2D g = screen.createGraphics();
        g.translate(-x, 0);
        Java2dGraphics graphics = new Java2dGraphics(g);
        painter.paintBody(graphics, new Rect(x, 0, SCREEN_WIDTH, SCREEN_HEIGHT));
        painter.paintColumnHeaders(graphics, x, x + SCREEN_WIDTH);
        g.dispose();
    }

    static void swt(BoardLayout layout, ObjectNode result) {
        if (System.getenv("DISPLAY") == null && System.getenv("WAYLAND_DISPLAY") == null) {
            result.put("swt", "skipped: no display");
            return;
        }
        try {
            double frame = org.parley.ui.board.swt.SwtPaintBench.screenFrameMillis(layout, SCREEN_WIDTH,
                    SCREEN_HEIGHT, FRAMES);
            result.put("swt_screen_frame_ms", Math.round(frame * 100) / 100.0);
        } catch (Error | RuntimeException e) {
            // SWT missing (LinkageError) or unable to open the display (SWTError): the figure is optional
            result.put("swt", "skipped: " + e);
        }
    }
}

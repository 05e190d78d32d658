/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.ui.board;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;

import javax.imageio.ImageIO;

/**
 * Whole-board images without a display: SVG text and PNG through Java2D.
 */
public final class BoardImages {

    /** Longest side of a PNG; larger boards are scaled down so the image stays openable. */
    public static final int MAX_PNG_SIDE = 16_000;

    private BoardImages() {
    }

    public static String svg(BoardLayout layout, BoardTheme theme) {
        SvgGraphics svg = new SvgGraphics(layout.width(), layout.height());
        new BoardPainter(layout, theme).paintAll(svg);
        return svg.finish();
    }

    /** Scale actually used for a PNG of {@code layout} when {@code scale} is asked for. */
    public static double pngScale(BoardLayout layout, double scale) {
        double longest = Math.max(layout.width(), layout.height()) * scale;
        return longest > MAX_PNG_SIDE ? scale * MAX_PNG_SIDE / longest : scale;
    }

    public static BufferedImage image(BoardLayout layout, BoardTheme theme, double scale) {
        double used = pngScale(layout, scale);
        int width = Math.max(1, (int) Math.ceil(layout.width() * used));
        int height = Math.max(1, (int) Math.ceil(layout.height() * used));
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.scale(used, used);
            new BoardPainter(layout, theme).paintAll(new Java2dGraphics(graphics));
        } finally {
            graphics.dispose();
        }
        return image;
    }

    public static void png(BoardLayout layout, BoardTheme theme, double scale, OutputStream out) throws IOException {
        if (!ImageIO.write(image(layout, theme, scale), "png", out)) {
            throw new IOException("No PNG writer available");
        }
    }
}

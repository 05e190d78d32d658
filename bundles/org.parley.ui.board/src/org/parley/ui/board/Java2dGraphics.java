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

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.HashMap;
import java.util.Map;

/**
 * Draws on a Java2D {@link Graphics2D}, e.g. of a {@code BufferedImage}; works without a display
 * ({@code java.awt.headless}), which is what the command line needs for PNG export.
 */
public final class Java2dGraphics implements BoardGraphics {

    private final Graphics2D g;
    private final Shape baseClip;
    private final Map<Integer, Font> fonts = new HashMap<>();
    private double lineWidth = 1;
    private boolean dashed;

    public Java2dGraphics(Graphics2D graphics) {
        this.g = graphics;
        this.baseClip = graphics.getClip();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        applyStroke();
    }

    @Override
    public void setColor(int rgb) {
        g.setColor(new Color(rgb & 0xFFFFFF));
    }

    @Override
    public void setLineWidth(double width) {
        lineWidth = width;
        applyStroke();
    }

    @Override
    public void setDashed(boolean value) {
        dashed = value;
        applyStroke();
    }

    private void applyStroke() {
        g.setStroke(dashed
                ? new BasicStroke((float) lineWidth, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                        new float[]{4f, 3f}, 0f)
                : new BasicStroke((float) lineWidth, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    }

    @Override
    public void setFont(double size, boolean bold) {
        int key = (int) Math.round(size * 10) * 2 + (bold ? 1 : 0);
        g.setFont(fonts.computeIfAbsent(key,
                k -> new Font(Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) size)));
    }

    @Override
    public String fontKey() {
        return g.getFont().getSize2D() + (g.getFont().isBold() ? "b" : "");
    }

    @Override
    public double textWidth(String text) {
        return g.getFontMetrics().getStringBounds(text, g).getWidth();
    }

    @Override
    public void fillRect(Rect r) {
        g.fill(new Rectangle2D.Double(r.x(), r.y(), r.width(), r.height()));
    }

    @Override
    public void drawRect(Rect r) {
        g.draw(new Rectangle2D.Double(r.x(), r.y(), r.width(), r.height()));
    }

    @Override
    public void fillRoundRect(Rect r, double arc) {
        g.fill(new RoundRectangle2D.Double(r.x(), r.y(), r.width(), r.height(), arc, arc));
    }

    @Override
    public void drawRoundRect(Rect r, double arc) {
        g.draw(new RoundRectangle2D.Double(r.x(), r.y(), r.width(), r.height(), arc, arc));
    }

    @Override
    public void fillOval(Rect r) {
        g.fill(new Ellipse2D.Double(r.x(), r.y(), r.width(), r.height()));
    }

    @Override
    public void drawLine(double x1, double y1, double x2, double y2) {
        g.draw(new Line2D.Double(x1, y1, x2, y2));
    }

    @Override
    public void drawPolyline(double[] points) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(points[0], points[1]);
        for (int i = 2; i + 1 < points.length; i += 2) {
            path.lineTo(points[i], points[i + 1]);
        }
        g.draw(path);
    }

    @Override
    public void drawText(String text, double x, double top) {
        FontMetrics metrics = g.getFontMetrics();
        g.drawString(text, (float) x, (float) (top + metrics.getAscent()));
    }

    @Override
    public void clip(Rect r) {
        g.setClip(baseClip);
        g.clip(new Rectangle2D.Double(r.x(), r.y(), r.width(), r.height()));
    }

    @Override
    public void unclip() {
        g.setClip(baseClip);
    }
}

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

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Device;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.parley.ui.board.BoardGraphics;
import org.parley.ui.board.Rect;

/**
 * Draws on an SWT {@link GC}, mapping model coordinates to pixels: {@code (model - origin) * zoom}
 * plus a device offset. Fonts are made per size and style and kept until {@link #dispose()}.
 */
public final class SwtGraphics implements BoardGraphics {

    private final GC gc;
    private final Device device;
    private final Map<Integer, Font> fonts;
    private final boolean ownFonts;
    private final Map<Integer, Color> colours = new HashMap<>();
    private final Rectangle baseClip;
    private final String family;
    private final double pointsPerPixel;
    private double zoom = 1;
    private double originX;
    private double originY;
    private double lineWidth = 1;
    private Rectangle regionClip;
    private String fontKey = "";

    public SwtGraphics(GC gc) {
        this(gc, null);
    }

    /** Draws with fonts kept in {@code fontCache} across paints; its owner disposes them. */
    public SwtGraphics(GC gc, Map<Integer, Font> fontCache) {
        this.gc = gc;
        this.fonts = fontCache == null ? new HashMap<>() : fontCache;
        this.ownFonts = fontCache == null;
        this.device = gc.getDevice();
        this.baseClip = gc.getClipping();
        FontData[] system = device.getSystemFont().getFontData();
        this.family = system.length > 0 ? system[0].getName() : "Sans";
        this.pointsPerPixel = 72.0 / Math.max(1, device.getDPI().y);
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
        gc.setLineJoin(SWT.JOIN_ROUND);
        gc.setLineCap(SWT.CAP_ROUND);
    }

    /** Model point {@code (originX, originY)} is drawn at device point {@code (offsetX, offsetY)}. */
    public void setTransform(double newZoom, double newOriginX, double newOriginY) {
        zoom = newZoom;
        originX = newOriginX;
        originY = newOriginY;
    }

    /** Restricts a whole pass (a header band, the body) to a device rectangle. */
    public void setRegion(Rectangle region) {
        regionClip = region;
        gc.setClipping(region == null ? baseClip : region.intersection(baseClip));
    }

    private int x(double mx) {
        return (int) Math.round((mx - originX) * zoom);
    }

    private int y(double my) {
        return (int) Math.round((my - originY) * zoom);
    }

    private int len(double m) {
        return (int) Math.round(m * zoom);
    }

    @Override
    public void setColor(int rgb) {
        Color colour = colours.computeIfAbsent(rgb & 0xFFFFFF,
                c -> new Color(device, (c >> 16) & 0xFF, (c >> 8) & 0xFF, c & 0xFF));
        gc.setForeground(colour);
        gc.setBackground(colour);
    }

    @Override
    public void setLineWidth(double width) {
        lineWidth = width;
        gc.setLineWidth(Math.max(1, (int) Math.round(width * zoom)));
    }

    @Override
    public void setDashed(boolean dashed) {
        gc.setLineStyle(dashed ? SWT.LINE_DASH : SWT.LINE_SOLID);
    }

    @Override
    public void setFont(double size, boolean bold) {
        double points = size * zoom * pointsPerPixel;
        int key = (int) Math.round(points * 4) * 2 + (bold ? 1 : 0);
        fontKey = key + "@" + zoom;
        gc.setFont(fonts.computeIfAbsent(key, k -> {
            FontData data = new FontData(family, 1, bold ? SWT.BOLD : SWT.NORMAL);
            data.height = (float) Math.max(1, Math.round(points * 4) / 4.0);
            return new Font(device, data);
        }));
    }

    @Override
    public String fontKey() {
        return fontKey;
    }

    @Override
    public double textWidth(String text) {
        return gc.textExtent(text, SWT.DRAW_TRANSPARENT).x / zoom;
    }

    @Override
    public void fillRect(Rect r) {
        gc.fillRectangle(x(r.x()), y(r.y()), x(r.right()) - x(r.x()), y(r.bottom()) - y(r.y()));
    }

    @Override
    public void drawRect(Rect r) {
        gc.drawRectangle(x(r.x()), y(r.y()), x(r.right()) - x(r.x()), y(r.bottom()) - y(r.y()));
    }

    @Override
    public void fillRoundRect(Rect r, double arc) {
        gc.fillRoundRectangle(x(r.x()), y(r.y()), x(r.right()) - x(r.x()), y(r.bottom()) - y(r.y()), len(arc),
                len(arc));
    }

    @Override
    public void drawRoundRect(Rect r, double arc) {
        gc.drawRoundRectangle(x(r.x()), y(r.y()), x(r.right()) - x(r.x()), y(r.bottom()) - y(r.y()), len(arc),
                len(arc));
    }

    @Override
    public void fillOval(Rect r) {
        gc.fillOval(x(r.x()), y(r.y()), x(r.right()) - x(r.x()), y(r.bottom()) - y(r.y()));
    }

    @Override
    public void drawLine(double x1, double y1, double x2, double y2) {
        gc.drawLine(x(x1), y(y1), x(x2), y(y2));
    }

    @Override
    public void drawPolyline(double[] points) {
        int[] device = new int[points.length];
        for (int i = 0; i + 1 < points.length; i += 2) {
            device[i] = x(points[i]);
            device[i + 1] = y(points[i + 1]);
        }
        gc.drawPolyline(device);
    }

    @Override
    public void drawText(String text, double mx, double top) {
        gc.drawText(text, x(mx), y(top), SWT.DRAW_TRANSPARENT);
    }

    @Override
    public void clip(Rect r) {
        Rectangle rect = new Rectangle(x(r.x()), y(r.y()), x(r.right()) - x(r.x()), y(r.bottom()) - y(r.y()));
        Rectangle outer = regionClip == null ? baseClip : regionClip.intersection(baseClip);
        gc.setClipping(rect.intersection(outer));
    }

    @Override
    public void unclip() {
        setRegion(regionClip);
    }

    /** Line width last set, in model units. */
    public double lineWidth() {
        return lineWidth;
    }

    /** Frees the fonts made for drawing; the GC itself belongs to the caller. */
    public void dispose() {
        if (ownFonts) {
            fonts.values().forEach(Font::dispose);
            fonts.clear();
        }
        colours.clear();
    }
}

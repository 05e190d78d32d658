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

import java.util.Locale;

/**
 * Writes what is drawn as an SVG document. Text stays text (searchable, selectable, translatable)
 * and each header and card becomes a group whose {@code <title>} holds its full text, even when the
 * drawn line had to be shortened. Widths of text are estimated from typical glyph widths of a sans
 * serif font, since no toolkit measures here.
 */
public final class SvgGraphics implements BoardGraphics {

    private static final String FONT = "DejaVu Sans, Verdana, Arial, Helvetica, sans-serif";

    private final StringBuilder out = new StringBuilder(1 << 16);
    private String colour = "#000000";
    private double lineWidth = 1;
    private boolean dashed;
    private double fontSize = 12;
    private boolean bold;
    private int clips;
    private boolean clipOpen;

    public SvgGraphics(double width, double height) {
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(n(width))
                .append("\" height=\"").append(n(height)).append("\" viewBox=\"0 0 ").append(n(width)).append(' ')
                .append(n(height)).append("\" font-family=\"").append(FONT).append("\">\n");
    }

    /** Closes the document and returns it. */
    public String finish() {
        unclip();
        out.append("</svg>\n");
        return out.toString();
    }

    static String n(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return String.format(Locale.ROOT, "%.2f", value);
    }

    /** Text made safe for XML content and attribute values; characters XML forbids are dropped. */
    public static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&apos;");
                default -> {
                    if (ch >= 0x20 || ch == '\t' || ch == '\n' || ch == '\r') {
                        if (ch != 0xFFFE && ch != 0xFFFF) {
                            escaped.append(ch);
                        }
                    }
                }
            }
        }
        return escaped.toString();
    }

    @Override
    public void setColor(int rgb) {
        colour = String.format(Locale.ROOT, "#%06x", rgb & 0xFFFFFF);
    }

    @Override
    public void setLineWidth(double width) {
        lineWidth = width;
    }

    @Override
    public void setDashed(boolean value) {
        dashed = value;
    }

    @Override
    public void setFont(double size, boolean isBold) {
        fontSize = size;
        bold = isBold;
    }

    @Override
    public String fontKey() {
        return fontSize + (bold ? "b" : "");
    }

    @Override
    public double textWidth(String text) {
        double width = 0;
        for (int i = 0; i < text.length(); i++) {
            width += glyph(text.charAt(i));
        }
        return width * fontSize * (bold ? 1.07 : 1);
    }

    private static double glyph(char ch) {
        if ("iljtfrI.,:;'!|()[] ".indexOf(ch) >= 0) {
            return 0.33;
        }
        if ("mwMW@".indexOf(ch) >= 0) {
            return 0.9;
        }
        if (Character.isUpperCase(ch)) {
            return 0.7;
        }
        return 0.6;
    }

    private String stroke() {
        return "fill=\"none\" stroke=\"" + colour + "\" stroke-width=\"" + n(lineWidth) + "\""
                + (dashed ? " stroke-dasharray=\"4 3\"" : "");
    }

    private void rect(Rect r, double arc, String paint) {
        out.append("<rect x=\"").append(n(r.x())).append("\" y=\"").append(n(r.y())).append("\" width=\"")
                .append(n(r.width())).append("\" height=\"").append(n(r.height())).append('"');
        if (arc > 0) {
            out.append(" rx=\"").append(n(arc / 2)).append('"');
        }
        out.append(' ').append(paint).append("/>\n");
    }

    @Override
    public void fillRect(Rect rect) {
        rect(rect, 0, "fill=\"" + colour + "\"");
    }

    @Override
    public void drawRect(Rect rect) {
        rect(rect, 0, stroke());
    }

    @Override
    public void fillRoundRect(Rect rect, double arc) {
        rect(rect, arc, "fill=\"" + colour + "\"");
    }

    @Override
    public void drawRoundRect(Rect rect, double arc) {
        rect(rect, arc, stroke());
    }

    @Override
    public void fillOval(Rect r) {
        out.append("<ellipse cx=\"").append(n(r.x() + r.width() / 2)).append("\" cy=\"")
                .append(n(r.y() + r.height() / 2)).append("\" rx=\"").append(n(r.width() / 2)).append("\" ry=\"")
                .append(n(r.height() / 2)).append("\" fill=\"").append(colour).append("\"/>\n");
    }

    @Override
    public void drawLine(double x1, double y1, double x2, double y2) {
        out.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2))
                .append("\" y2=\"").append(n(y2)).append("\" ").append(stroke()).append("/>\n");
    }

    @Override
    public void drawPolyline(double[] points) {
        out.append("<polyline points=\"");
        for (int i = 0; i + 1 < points.length; i += 2) {
            out.append(i == 0 ? "" : " ").append(n(points[i])).append(',').append(n(points[i + 1]));
        }
        out.append("\" stroke-linejoin=\"round\" stroke-linecap=\"round\" ").append(stroke()).append("/>\n");
    }

    @Override
    public void drawText(String text, double x, double top) {
        out.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(top + fontSize * 0.95))
                .append("\" font-size=\"").append(n(fontSize)).append('"');
        if (bold) {
            out.append(" font-weight=\"bold\"");
        }
        out.append(" fill=\"").append(colour).append("\">").append(escape(text)).append("</text>\n");
    }

    @Override
    public void clip(Rect rect) {
        unclip();
        String id = "clip" + (++clips);
        out.append("<clipPath id=\"").append(id).append("\">");
        rect(rect, 0, "");
        out.append("</clipPath>\n<g clip-path=\"url(#").append(id).append(")\">\n");
        clipOpen = true;
    }

    @Override
    public void unclip() {
        if (clipOpen) {
            out.append("</g>\n");
            clipOpen = false;
        }
    }

    @Override
    public void beginItem(String title) {
        out.append("<g><title>").append(escape(title)).append("</title>\n");
    }

    @Override
    public void endItem() {
        out.append("</g>\n");
    }
}

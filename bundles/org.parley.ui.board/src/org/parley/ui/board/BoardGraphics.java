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

/**
 * The few drawing operations a board needs, in model coordinates. Implemented over an SWT GC, an
 * SVG writer and Java2D, so that the screen, the SVG export and the PNG export paint the same
 * picture. Colours are 0xRRGGBB; text is drawn by the top of its line box in the current font.
 */
public interface BoardGraphics {

    void setColor(int rgb);

    void setLineWidth(double width);

    void setDashed(boolean dashed);

    void setFont(double size, boolean bold);

    /** Identifies the current font and its metrics, for caches of measured text. */
    default String fontKey() {
        return "";
    }

    /** Width of {@code text} in the current font. */
    double textWidth(String text);

    void fillRect(Rect rect);

    void drawRect(Rect rect);

    void fillRoundRect(Rect rect, double arc);

    void drawRoundRect(Rect rect, double arc);

    void fillOval(Rect rect);

    void drawLine(double x1, double y1, double x2, double y2);

    /** An open polyline through the points {@code x0, y0, x1, y1, ...}. */
    void drawPolyline(double[] points);

    /** One line of text whose line box starts at {@code top}; it is not wrapped or clipped. */
    void drawText(String text, double x, double top);

    /** Restricts drawing to {@code rect} until {@link #unclip()}. Clips do not nest. */
    void clip(Rect rect);

    void unclip();

    /** Starts a logical item (a header, a card) whose full text is {@code title}; SVG keeps it. */
    default void beginItem(String title) {
        // only structured backends care
    }

    default void endItem() {
        // only structured backends care
    }
}

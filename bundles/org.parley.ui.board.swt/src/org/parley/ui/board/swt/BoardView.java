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

import static org.parley.ui.board.BoardLayout.ROW_HEADER_WIDTH;

import org.eclipse.swt.graphics.Rectangle;
import org.parley.ui.board.BoardLayout;
import org.parley.ui.board.BoardPainter;
import org.parley.ui.board.BoardTheme;
import org.parley.ui.board.Rect;

/**
 * A zoomed, scrolled view of a board on a device: the header band and the row headers stay in view
 * while the body scrolls. Converts between device pixels and model coordinates and paints the four
 * regions (corner, column headers, row headers, body), each only where it is visible.
 */
public final class BoardView {

    public static final double MIN_ZOOM = 0.25;
    public static final double MAX_ZOOM = 2.5;

    private final BoardLayout layout;
    private final BoardPainter painter;
    private double zoom = 1;
    private double scrollX;
    private double scrollY;

    public BoardView(BoardLayout layout, BoardTheme theme) {
        this.layout = layout;
        this.painter = new BoardPainter(layout, theme);
    }

    public BoardLayout layout() {
        return layout;
    }

    public BoardPainter painter() {
        return painter;
    }

    public double zoom() {
        return zoom;
    }

    public double scrollX() {
        return scrollX;
    }

    public double scrollY() {
        return scrollY;
    }

    /** Takes over zoom and scrolling of another view (after the board was rebuilt). */
    public void copyPosition(BoardView other, int width, int height) {
        zoom = other.zoom;
        scrollTo(other.scrollX, other.scrollY, width, height);
    }

    public void setZoom(double newZoom, int width, int height) {
        zoom = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, newZoom));
        scrollTo(scrollX, scrollY, width, height);
    }

    public double maxScrollX(int width) {
        return Math.max(0, layout.width() - width / zoom);
    }

    public double maxScrollY(int height) {
        return Math.max(0, layout.height() - height / zoom);
    }

    /**
     * Scrolls the body so that model x {@code ROW_HEADER_WIDTH + x} is at the left edge of the body.
     */
    public void scrollTo(double x, double y, int width, int height) {
        scrollX = Math.max(0, Math.min(maxScrollX(width), x));
        scrollY = Math.max(0, Math.min(maxScrollY(height), y));
    }

    /** Scrolls as little as needed to show {@code rect} (model coordinates) in the body. */
    public void reveal(Rect rect, int width, int height) {
        double left = scrollX + ROW_HEADER_WIDTH;
        double right = scrollX + width / zoom;
        double top = scrollY + BoardLayout.headerHeight();
        double bottom = scrollY + height / zoom;
        double x = scrollX;
        double y = scrollY;
        if (rect.x() < left) {
            x -= left - rect.x();
        } else if (rect.right() > right && rect.x() >= ROW_HEADER_WIDTH) {
            x += Math.min(rect.right() - right, rect.x() - left);
        }
        if (rect.y() < top && rect.y() >= BoardLayout.headerHeight()) {
            y -= top - rect.y();
        } else if (rect.bottom() > bottom && rect.y() >= BoardLayout.headerHeight()) {
            y += Math.min(rect.bottom() - bottom, rect.y() - top);
        }
        scrollTo(x, y, width, height);
    }

    /** The model point under a device point; header bands do not scroll. */
    public double[] toModel(int dx, int dy) {
        double mx = dx / zoom;
        double my = dy / zoom;
        return new double[]{mx < ROW_HEADER_WIDTH ? mx : mx + scrollX,
                my < BoardLayout.headerHeight() ? my : my + scrollY};
    }

    /** Device rectangle of a model rectangle (as drawn in its band). */
    public Rectangle toDevice(Rect r) {
        double ox = r.x() < ROW_HEADER_WIDTH ? 0 : scrollX;
        double oy = r.y() < BoardLayout.headerHeight() ? 0 : scrollY;
        int x = (int) Math.round((r.x() - ox) * zoom);
        int y = (int) Math.round((r.y() - oy) * zoom);
        return new Rectangle(x, y, (int) Math.round(r.width() * zoom), (int) Math.round(r.height() * zoom));
    }

    /** Paints what a {@code width x height} device area shows. */
    public void paint(SwtGraphics g, int width, int height) {
        int headerW = (int) Math.round(ROW_HEADER_WIDTH * zoom);
        int headerH = (int) Math.round(BoardLayout.headerHeight() * zoom);
        double modelRight = scrollX + width / zoom;
        double modelBottom = scrollY + height / zoom;
        g.setRegion(new Rectangle(0, 0, width, height));
        g.setTransform(zoom, 0, 0);
        g.setColor(0xF6F7F9);
        g.fillRect(new Rect(0, 0, width / zoom, height / zoom));
        g.setRegion(new Rectangle(headerW, headerH, Math.max(0, width - headerW), Math.max(0, height - headerH)));
        g.setTransform(zoom, scrollX, scrollY);
        painter.paintBody(g, new Rect(scrollX + ROW_HEADER_WIDTH, scrollY + BoardLayout.headerHeight(),
                modelRight - scrollX - ROW_HEADER_WIDTH, modelBottom - scrollY - BoardLayout.headerHeight()));
        g.setRegion(new Rectangle(headerW, 0, Math.max(0, width - headerW), headerH));
        g.setTransform(zoom, scrollX, 0);
        painter.paintColumnHeaders(g, scrollX + ROW_HEADER_WIDTH, modelRight);
        g.setRegion(new Rectangle(0, headerH, headerW, Math.max(0, height - headerH)));
        g.setTransform(zoom, 0, scrollY);
        painter.paintRowHeaders(g, scrollY + BoardLayout.headerHeight(), modelBottom);
        g.setRegion(new Rectangle(0, 0, headerW, headerH));
        g.setTransform(zoom, 0, 0);
        painter.paintCorner(g);
        g.setRegion(null);
    }
}

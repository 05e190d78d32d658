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

import java.util.ArrayList;
import java.util.List;

/**
 * Draws a curve row: values from -2 to +2 at the centres of the columns, joined by a smooth
 * Catmull-Rom curve (flattened to a polyline so every backend can draw it), with coloured dots.
 */
final class CurvePainter {

    static final double MIN = -2;
    static final double MAX = 2;
    private static final int SEGMENTS = 10;
    private static final double PAD = 16;

    private final BoardLayout layout;
    private final Board board;
    private final BoardTheme theme;

    CurvePainter(BoardLayout layout, BoardTheme theme) {
        this.layout = layout;
        this.board = layout.board();
        this.theme = theme;
    }

    double yOf(Rect band, double value) {
        double clamped = Math.max(MIN, Math.min(MAX, value));
        return band.y() + PAD + (MAX - clamped) / (MAX - MIN) * (band.height() - 2 * PAD);
    }

    void paint(BoardGraphics g, int row, int first, int end) {
        if (first >= end) {
            return;
        }
        Rect left = layout.cellRect(row, first);
        Rect band = new Rect(left.x(), left.y(), layout.cellRect(row, end - 1).right() - left.x(), left.height());
        double zero = yOf(band, 0);
        g.setColor(BoardTheme.mix(0xFFFFFF, theme.opportunity(), 0.07));
        g.fillRect(new Rect(band.x(), band.y(), band.width(), zero - band.y()));
        g.setColor(BoardTheme.mix(0xFFFFFF, theme.pain(), 0.07));
        g.fillRect(new Rect(band.x(), zero, band.width(), band.bottom() - zero));
        g.setColor(theme.grid());
        g.setDashed(true);
        g.drawLine(band.x(), zero, band.right(), zero);
        g.setDashed(false);
        int from = Math.max(0, first - 1);
        int to = Math.min(board.columns().size(), end + 1);
        List<double[]> run = new ArrayList<>();
        for (int c = from; c < to; c++) {
            Double value = board.value(row, c);
            if (value == null) {
                stroke(g, run, band);
                run.clear();
            } else {
                Rect cell = layout.cellRect(row, c);
                run.add(new double[]{cell.x() + cell.width() / 2, yOf(band, value), value});
            }
        }
        stroke(g, run, band);
    }

    private void stroke(BoardGraphics g, List<double[]> points, Rect band) {
        if (points.isEmpty()) {
            return;
        }
        g.setColor(theme.curve());
        g.setLineWidth(2.5);
        double[] line = smooth(points);
        for (int i = 1; i < line.length; i += 2) {
            line[i] = Math.max(band.y() + 4, Math.min(band.bottom() - 4, line[i]));
        }
        g.drawPolyline(line);
        g.setLineWidth(1);
        g.setFont(10, true);
        for (double[] p : points) {
            double v = p[2];
            int colour = v > 0.25 ? theme.opportunity() : v < -0.25 ? theme.pain() : 0xC9A227;
            g.setColor(0xFFFFFF);
            g.fillOval(new Rect(p[0] - 7, p[1] - 7, 14, 14));
            g.setColor(colour);
            g.fillOval(new Rect(p[0] - 5, p[1] - 5, 10, 10));
            String label = (v > 0 ? "+" : "") + format(v);
            g.setColor(theme.mutedText());
            g.drawText(label, p[0] + 9, p[1] - 16);
        }
    }

    static String format(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(java.util.Locale.ROOT, "%.1f", v);
    }

    /** Catmull-Rom through the points, as a flat array of x, y pairs. */
    static double[] smooth(List<double[]> points) {
        int n = points.size();
        if (n == 1) {
            double[] p = points.get(0);
            return new double[]{p[0], p[1], p[0], p[1]};
        }
        double[] out = new double[((n - 1) * SEGMENTS + 1) * 2];
        int k = 0;
        for (int i = 0; i < n - 1; i++) {
            double[] p0 = points.get(Math.max(0, i - 1));
            double[] p1 = points.get(i);
            double[] p2 = points.get(i + 1);
            double[] p3 = points.get(Math.min(n - 1, i + 2));
            for (int s = 0; s < SEGMENTS; s++) {
                double t = s / (double) SEGMENTS;
                out[k++] = spline(p0[0], p1[0], p2[0], p3[0], t);
                out[k++] = spline(p0[1], p1[1], p2[1], p3[1], t);
            }
        }
        out[k++] = points.get(n - 1)[0];
        out[k] = points.get(n - 1)[1];
        return out;
    }

    private static double spline(double p0, double p1, double p2, double p3, double t) {
        double t2 = t * t;
        double t3 = t2 * t;
        return 0.5
                * (2 * p1 + (-p0 + p2) * t + (2 * p0 - 5 * p1 + 4 * p2 - p3) * t2 + (-p0 + 3 * p1 - 3 * p2 + p3) * t3);
    }
}

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

import static org.parley.ui.board.BoardLayout.CARD_ICON;
import static org.parley.ui.board.BoardLayout.CARD_PADDING;
import static org.parley.ui.board.BoardLayout.FONT_SIZE;
import static org.parley.ui.board.BoardLayout.LINE_HEIGHT;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Paints a laid-out board on any {@link BoardGraphics}. The body, the column headers, the row
 * headers and the corner are separate passes so that a canvas can keep the headers in view while
 * scrolling; each pass paints only the columns and rows that intersect the range it is given.
 */
public final class BoardPainter {

    private static final double ARC = 8;

    private final BoardLayout layout;
    private final Board board;
    private final BoardTheme theme;
    private final CurvePainter curves;
    private final Map<String, List<String>> wrapped = new HashMap<>();
    private Set<BoardRef> selection = Set.of();
    private BoardRef focus;

    public BoardPainter(BoardLayout layout, BoardTheme theme) {
        this.layout = layout;
        this.board = layout.board();
        this.theme = theme;
        this.curves = new CurvePainter(layout, theme);
    }

    public void setSelection(Set<BoardRef> selected, BoardRef focused) {
        selection = Set.copyOf(selected);
        focus = focused;
    }

    /**
     * Text wrapped to a width, remembered: measuring text is the slowest part of painting with SWT. The
     * cache holds for one set of metrics; call {@link #forgetTextMetrics()} when they change (zoom).
     */
    private List<String> wrap(BoardGraphics g, String text, double width, int lines) {
        String key = lines + "|" + width + "|" + g.fontKey() + "|" + text;
        List<String> result = wrapped.get(key);
        if (result == null) {
            if (wrapped.size() > 20_000) {
                wrapped.clear();
            }
            result = TextFit.wrap(g, text, width, lines);
            wrapped.put(key, result);
        }
        return result;
    }

    /** Forgets wrapped text, e.g. after a zoom changed the fonts' metrics. */
    public void forgetTextMetrics() {
        wrapped.clear();
    }

    /** The whole board at its natural position, as an export shows it. */
    public void paintAll(BoardGraphics g) {
        g.setColor(theme.background());
        g.fillRect(new Rect(0, 0, layout.width(), layout.height()));
        paintBody(g, new Rect(0, 0, layout.width(), layout.height()));
        paintColumnHeaders(g, 0, layout.width());
        paintRowHeaders(g, 0, layout.height());
        paintCorner(g);
    }

    /** Cells and cards inside {@code visible} (model coordinates). */
    public void paintBody(BoardGraphics g, Rect visible) {
        int[] columns = layout.columnRange(visible.x(), visible.right());
        int[] rows = layout.rowRange(visible.y(), visible.bottom());
        for (int r = rows[0]; r < rows[1]; r++) {
            BoardRow row = board.rows().get(r);
            if (columns[0] < columns[1]) {
                Rect first = layout.cellRect(r, columns[0]);
                Rect last = layout.cellRect(r, columns[1] - 1);
                g.setColor(BoardTheme.mix(theme.card(), row.accent(), 0.04));
                g.fillRect(new Rect(first.x(), first.y(), last.right() - first.x(), first.height()));
            }
            if (row.kind() == RowKind.CURVE) {
                curves.paint(g, r, columns[0], columns[1]);
            } else {
                for (int c = columns[0]; c < columns[1]; c++) {
                    paintCards(g, r, c);
                }
            }
        }
        paintGrid(g, columns, rows);
        paintCellSelection(g, columns, rows);
    }

    private void paintGrid(BoardGraphics g, int[] columns, int[] rows) {
        if (columns[0] >= columns[1] || rows[0] >= rows[1]) {
            return;
        }
        double top = layout.cellRect(rows[0], columns[0]).y();
        double bottom = layout.cellRect(rows[1] - 1, columns[0]).bottom();
        double left = layout.cellRect(rows[0], columns[0]).x();
        double right = layout.cellRect(rows[0], columns[1] - 1).right();
        g.setColor(theme.grid());
        for (int c = columns[0]; c <= columns[1] && c < board.columns().size() + 1; c++) {
            double x = c < board.columns().size() ? layout.cellRect(rows[0], c).x() : right;
            boolean stageEdge = c == 0 || c == board.columns().size() || board.groupOf(c) != board.groupOf(c - 1);
            g.setLineWidth(stageEdge ? 2 : 1);
            g.drawLine(x, top, x, bottom);
        }
        g.setLineWidth(1);
        for (int r = rows[0]; r <= rows[1]; r++) {
            double y = r < board.rows().size() ? layout.rowHeaderRect(r).y() : bottom;
            g.drawLine(left, y, right, y);
        }
    }

    private void paintCards(BoardGraphics g, int r, int c) {
        List<Card> cards = board.cards(r, c);
        if (cards.isEmpty()) {
            return;
        }
        List<Rect> rects = layout.cardRects(r, c);
        int accent = board.rows().get(r).accent();
        for (int i = 0; i < cards.size(); i++) {
            paintCard(g, cards.get(i), rects.get(i), accent, layout.cardLines(r, c, i));
        }
    }

    private void paintCard(BoardGraphics g, Card card, Rect rect, int accent, int lines) {
        g.beginItem(card.text());
        int fill = switch (card.marker()) {
            case PAIN -> BoardTheme.mix(theme.card(), theme.pain(), 0.10);
            case OPPORTUNITY -> BoardTheme.mix(theme.card(), theme.opportunity(), 0.10);
            default -> theme.card();
        };
        g.setColor(fill);
        g.fillRoundRect(rect, ARC);
        g.setColor(theme.cardBorder());
        g.setLineWidth(1);
        g.drawRoundRect(rect, ARC);
        g.setColor(accent);
        g.fillRoundRect(new Rect(rect.x(), rect.y(), 4, rect.height()), 3);
        paintMarker(g, card.marker(), rect.right() - CARD_PADDING - CARD_ICON + 2, rect.y() + CARD_PADDING);
        double textX = rect.x() + CARD_PADDING + 2;
        double textWidth = rect.width() - 2 * CARD_PADDING - CARD_ICON;
        g.setFont(FONT_SIZE, false);
        g.setColor(theme.text());
        double top = rect.y() + CARD_PADDING;
        for (String line : wrap(g, card.text(), textWidth, lines)) {
            g.drawText(line, textX, top);
            top += LINE_HEIGHT;
        }
        if (!card.badges().isEmpty()) {
            paintBadges(g, card.badges(), new Rect(textX, rect.y() + CARD_PADDING + lines * LINE_HEIGHT + 2,
                    rect.right() - CARD_PADDING - textX, 0), BoardLayout.badgeLines(card.badges()));
        }
        g.endItem();
    }

    private void paintMarker(BoardGraphics g, Marker marker, double x, double y) {
        if (marker == Marker.NONE) {
            return;
        }
        int colour = switch (marker) {
            case PAIN -> theme.pain();
            case OPPORTUNITY -> theme.opportunity();
            default -> theme.info();
        };
        String glyph = switch (marker) {
            case PAIN -> "!";
            case OPPORTUNITY -> "+";
            default -> "i";
        };
        Rect dot = new Rect(x, y, CARD_ICON - 2, CARD_ICON - 2);
        g.setColor(colour);
        g.fillOval(dot);
        g.setColor(0xFFFFFF);
        g.setFont(10, true);
        g.drawText(glyph, dot.x() + (dot.width() - g.textWidth(glyph)) / 2, dot.y() + 0.5);
    }

    private void paintBadges(BoardGraphics g, List<String> badges, Rect area, int lines) {
        g.setFont(BoardLayout.BADGE_FONT_SIZE, false);
        double x = area.x();
        double y = area.y();
        int line = 1;
        for (String badge : badges) {
            double w = BoardLayout.badgeWidth(g.textWidth(badge));
            if (x > area.x() && x + w > area.right()) {
                if (line == lines) {
                    break;
                }
                line++;
                x = area.x();
                y += BoardLayout.BADGE_HEIGHT + 2;
            }
            String text = w <= area.width() ? badge : TextFit.ellipsize(g, badge, area.width() - 10);
            w = Math.min(w, area.width());
            Rect pill = new Rect(x, y, w, BoardLayout.BADGE_HEIGHT);
            g.setColor(0xE9EEF5);
            g.fillRoundRect(pill, pill.height());
            g.setColor(theme.mutedText());
            g.drawText(text, x + 5, y + 2.5);
            x += w + BoardLayout.BADGE_GAP;
        }
    }

    private void paintCellSelection(BoardGraphics g, int[] columns, int[] rows) {
        for (BoardRef ref : selection) {
            if (ref.kind() == BoardRef.Kind.CELL || ref.kind() == BoardRef.Kind.CARD) {
                outline(g, ref);
            }
        }
    }

    private void outline(BoardGraphics g, BoardRef ref) {
        Rect rect = layout.rectOf(ref);
        if (rect == null) {
            return;
        }
        g.setColor(theme.selection());
        g.setLineWidth(ref.equals(focus) ? 3 : 2);
        g.drawRoundRect(rect.inset(1.5), ARC);
        g.setLineWidth(1);
    }

    /** Group and column headers for columns intersecting {@code [x0, x1)}. */
    public void paintColumnHeaders(BoardGraphics g, double x0, double x1) {
        int[] columns = layout.columnRange(x0, x1);
        int lastGroup = -1;
        for (int c = columns[0]; c < columns[1]; c++) {
            int group = board.groupOf(c);
            if (group != lastGroup) {
                paintGroupHeader(g, group);
                lastGroup = group;
            }
            paintColumnHeader(g, c, group);
        }
    }

    private void paintGroupHeader(BoardGraphics g, int group) {
        BoardGroup stage = board.groups().get(group);
        Rect rect = layout.groupRect(group);
        g.beginItem(stage.title());
        g.setColor(theme.stage(group));
        g.fillRect(rect);
        g.setColor(0xFFFFFF);
        g.setLineWidth(2);
        g.drawLine(rect.x(), rect.y(), rect.x(), rect.bottom());
        g.setLineWidth(1);
        g.setColor(theme.headerText());
        g.setFont(13, true);
        g.clip(rect);
        g.drawText(TextFit.ellipsize(g, stage.title(), rect.width() - 20), rect.x() + 10, rect.y() + 7);
        g.unclip();
        paintHeaderSelection(g, BoardRef.group(stage.id()), rect);
        g.endItem();
    }

    private void paintColumnHeader(BoardGraphics g, int c, int group) {
        BoardColumn column = board.columns().get(c);
        Rect rect = layout.columnHeaderRect(c);
        g.beginItem(column.title());
        g.setColor(BoardTheme.mix(theme.stage(group), 0xFFFFFF, 0.86));
        g.fillRect(rect);
        g.setColor(theme.grid());
        g.drawLine(rect.x(), rect.y(), rect.x(), rect.bottom());
        g.drawLine(rect.x(), rect.bottom() - 0.5, rect.right(), rect.bottom() - 0.5);
        g.setColor(theme.text());
        g.setFont(12, true);
        double top = rect.y() + 6;
        for (String line : wrap(g, column.title(), rect.width() - 16, 2)) {
            g.drawText(line, rect.x() + 8, top);
            top += LINE_HEIGHT;
        }
        paintHeaderSelection(g, BoardRef.column(column.id()), rect);
        g.endItem();
    }

    /** Row headers for rows intersecting {@code [y0, y1)}. */
    public void paintRowHeaders(BoardGraphics g, double y0, double y1) {
        int[] rows = layout.rowRange(y0, y1);
        for (int r = rows[0]; r < rows[1]; r++) {
            BoardRow row = board.rows().get(r);
            Rect rect = layout.rowHeaderRect(r);
            g.beginItem(row.title());
            g.setColor(0xFFFFFF);
            g.fillRect(rect);
            g.setColor(row.accent());
            g.fillRect(new Rect(rect.x(), rect.y(), 5, rect.height()));
            g.setColor(theme.grid());
            g.drawLine(rect.x(), rect.y(), rect.right(), rect.y());
            g.drawLine(rect.right() - 0.5, rect.y(), rect.right() - 0.5, rect.bottom());
            g.setColor(theme.text());
            g.setFont(12, true);
            double top = rect.y() + 8;
            for (String line : wrap(g, row.title(), rect.width() - 24, 3)) {
                g.drawText(line, rect.x() + 14, top);
                top += LINE_HEIGHT;
            }
            paintHeaderSelection(g, BoardRef.row(row.id()), rect);
            g.endItem();
        }
    }

    private void paintHeaderSelection(BoardGraphics g, BoardRef ref, Rect rect) {
        if (selection.contains(ref)) {
            g.setColor(theme.selection());
            g.setLineWidth(ref.equals(focus) ? 3 : 2);
            g.drawRect(rect.inset(1.5));
            g.setLineWidth(1);
        }
    }

    /** The top-left corner above the row headers: the board's title. */
    public void paintCorner(BoardGraphics g) {
        Rect rect = new Rect(0, 0, BoardLayout.ROW_HEADER_WIDTH, BoardLayout.headerHeight());
        g.setColor(0xFFFFFF);
        g.fillRect(rect);
        g.setColor(theme.grid());
        g.drawLine(rect.right() - 0.5, 0, rect.right() - 0.5, rect.bottom());
        g.drawLine(0, rect.bottom() - 0.5, rect.right(), rect.bottom() - 0.5);
        g.setColor(theme.text());
        g.setFont(13, true);
        g.beginItem(board.title());
        double top = 8;
        for (String line : wrap(g, board.title(), rect.width() - 20, 3)) {
            g.drawText(line, 10, top);
            top += LINE_HEIGHT + 1;
        }
        g.endItem();
    }
}

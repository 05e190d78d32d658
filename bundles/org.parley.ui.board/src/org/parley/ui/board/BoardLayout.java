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
import java.util.Arrays;
import java.util.List;

/**
 * Where everything of a {@link Board} lies, in model coordinates (zoom 1): a header band (group
 * titles above column titles), a row-header band on the left, and the cells. Computed once per
 * board in linear time; lookups of visible ranges and hits are binary searches, so a board of
 * thousands of cells paints only what is on screen.
 */
public final class BoardLayout {

    public static final double ROW_HEADER_WIDTH = 170;
    public static final double GROUP_HEIGHT = 30;
    public static final double COLUMN_HEADER_HEIGHT = 46;
    public static final double COLUMN_WIDTH = 200;
    public static final double CELL_PADDING = 6;
    public static final double CARD_PADDING = 7;
    public static final double CARD_GAP = 6;
    public static final double CARD_ICON = 16;
    public static final double LINE_HEIGHT = 16;
    public static final double BADGE_HEIGHT = 18;
    public static final double FONT_SIZE = 12;
    public static final double BADGE_FONT_SIZE = 10;
    public static final double BADGE_GAP = 4;
    public static final double MIN_ROW_HEIGHT = 46;
    public static final double CURVE_ROW_HEIGHT = 120;
    public static final int MAX_CARD_LINES = 3;
    /** Average glyph width relative to the font size, used to estimate wrapping without a toolkit. */
    public static final double AVERAGE_GLYPH = 0.53;

    private final Board board;
    private final double[] columnX;
    private final double[] rowY;
    private final double[] rowHeight;
    private final int[][][] cardLines;
    private final double width;
    private final double height;

    public BoardLayout(Board board) {
        this.board = board;
        int columns = board.columns().size();
        int rows = board.rows().size();
        columnX = new double[columns + 1];
        for (int c = 0; c <= columns; c++) {
            columnX[c] = ROW_HEADER_WIDTH + c * COLUMN_WIDTH;
        }
        rowY = new double[rows + 1];
        rowHeight = new double[rows];
        cardLines = new int[rows][columns][];
        rowY[0] = headerHeight();
        for (int r = 0; r < rows; r++) {
            rowHeight[r] = measureRow(r);
            rowY[r + 1] = rowY[r] + rowHeight[r];
        }
        width = columnX[columns];
        height = rowY[rows];
    }

    private double measureRow(int r) {
        if (board.rows().get(r).kind() == RowKind.CURVE) {
            return CURVE_ROW_HEIGHT;
        }
        double tallest = MIN_ROW_HEIGHT;
        for (int c = 0; c < board.columns().size(); c++) {
            List<Card> cards = board.cards(r, c);
            if (cards.isEmpty()) {
                continue;
            }
            int[] lines = new int[cards.size()];
            double total = 2 * CELL_PADDING + CARD_GAP * (cards.size() - 1);
            for (int i = 0; i < cards.size(); i++) {
                lines[i] = estimateLines(cards.get(i).text(), cardTextWidth());
                total += cardHeight(cards.get(i), lines[i]);
            }
            cardLines[r][c] = lines;
            tallest = Math.max(tallest, total);
        }
        return tallest;
    }

    /** Width available to a card's text. */
    public static double cardTextWidth() {
        return COLUMN_WIDTH - 2 * CELL_PADDING - 2 * CARD_PADDING - CARD_ICON;
    }

    static double cardHeight(Card card, int lines) {
        return 2 * CARD_PADDING + lines * LINE_HEIGHT + badgeLines(card.badges()) * (BADGE_HEIGHT + 2)
                + (card.badges().isEmpty() ? 0 : 2);
    }

    /** Width of a badge's pill for a text width. */
    public static double badgeWidth(double textWidth) {
        return textWidth + 10;
    }

    /** Lines of badges (at most two) a card needs, estimated like text. */
    public static int badgeLines(List<String> badges) {
        if (badges.isEmpty()) {
            return 0;
        }
        double available = COLUMN_WIDTH - 2 * CELL_PADDING - 2 * CARD_PADDING;
        double used = 0;
        int lines = 1;
        for (String badge : badges) {
            double w = badgeWidth(badge.length() * BADGE_FONT_SIZE * AVERAGE_GLYPH) + BADGE_GAP;
            if (used > 0 && used + w > available) {
                lines++;
                used = 0;
            }
            used += w;
        }
        return Math.min(2, lines);
    }

    /** Lines a text takes when wrapped at word boundaries to {@code available}, at most three. */
    public static int estimateLines(String text, double available) {
        if (text.isBlank()) {
            return 1;
        }
        double glyph = FONT_SIZE * AVERAGE_GLYPH;
        int perLine = Math.max(1, (int) (available / glyph));
        int lines = 1;
        int used = 0;
        for (String word : text.trim().split("\\s+")) {
            int length = word.length();
            int needed = used == 0 ? length : used + 1 + length;
            if (needed <= perLine) {
                used = needed;
            } else {
                lines += used == 0 ? 0 : 1;
                lines += (length - 1) / perLine;
                used = (length - 1) % perLine + 1;
            }
            if (lines >= MAX_CARD_LINES) {
                return MAX_CARD_LINES;
            }
        }
        return lines;
    }

    public Board board() {
        return board;
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    public static double headerHeight() {
        return GROUP_HEIGHT + COLUMN_HEADER_HEIGHT;
    }

    public Rect groupRect(int group) {
        int first = -1;
        int last = -1;
        for (int c = 0; c < board.columns().size(); c++) {
            if (board.groupOf(c) == group) {
                first = first < 0 ? c : first;
                last = c;
            }
        }
        if (first < 0) {
            return new Rect(columnX[columnsBefore(group)], 0, 0, GROUP_HEIGHT);
        }
        return new Rect(columnX[first], 0, columnX[last + 1] - columnX[first], GROUP_HEIGHT);
    }

    private int columnsBefore(int group) {
        int count = 0;
        for (int g = 0; g < group; g++) {
            count += board.groups().get(g).columns().size();
        }
        return count;
    }

    public Rect columnHeaderRect(int column) {
        return new Rect(columnX[column], GROUP_HEIGHT, COLUMN_WIDTH, COLUMN_HEADER_HEIGHT);
    }

    public Rect rowHeaderRect(int row) {
        return new Rect(0, rowY[row], ROW_HEADER_WIDTH, rowHeight[row]);
    }

    public Rect cellRect(int row, int column) {
        return new Rect(columnX[column], rowY[row], COLUMN_WIDTH, rowHeight[row]);
    }

    /** Lines of text each card of a cell shows (as estimated for the layout). */
    public int cardLines(int row, int column, int card) {
        int[] lines = cardLines[row][column];
        return lines == null || card >= lines.length ? 1 : lines[card];
    }

    /** Rectangles of the cards of a cell, top to bottom. */
    public List<Rect> cardRects(int row, int column) {
        List<Card> cards = board.cards(row, column);
        List<Rect> rects = new ArrayList<>(cards.size());
        double y = rowY[row] + CELL_PADDING;
        double x = columnX[column] + CELL_PADDING;
        for (int i = 0; i < cards.size(); i++) {
            double h = cardHeight(cards.get(i), cardLines(row, column, i));
            rects.add(new Rect(x, y, COLUMN_WIDTH - 2 * CELL_PADDING, h));
            y += h + CARD_GAP;
        }
        return rects;
    }

    /** Columns that intersect {@code [x0, x1)}: {first, end} with end exclusive. */
    public int[] columnRange(double x0, double x1) {
        int n = board.columns().size();
        int first = Math.max(0, Math.min(n, (int) Math.floor((x0 - ROW_HEADER_WIDTH) / COLUMN_WIDTH)));
        int end = Math.max(first, Math.min(n, (int) Math.ceil((x1 - ROW_HEADER_WIDTH) / COLUMN_WIDTH)));
        return new int[]{first, end};
    }

    /** Rows that intersect {@code [y0, y1)}: {first, end} with end exclusive. */
    public int[] rowRange(double y0, double y1) {
        int n = board.rows().size();
        int first = y0 < rowY[0] ? 0 : y0 >= rowY[n] ? n : rowAt(y0);
        int end = y1 >= rowY[n] ? n : y1 <= rowY[0] ? 0 : rowAt(y1) + 1;
        return new int[]{first, Math.max(first, end)};
    }

    /** Index of the row at model y, or -1 outside the rows. */
    public int rowAt(double y) {
        int n = board.rows().size();
        if (n == 0 || y < rowY[0] || y >= rowY[n]) {
            return -1;
        }
        int found = Arrays.binarySearch(rowY, 0, n + 1, y);
        return found >= 0 ? found : -found - 2;
    }

    /** Index of the column at model x, or -1 outside the columns. */
    public int columnAt(double x) {
        int n = board.columns().size();
        if (x < ROW_HEADER_WIDTH || x >= columnX[n]) {
            return -1;
        }
        return (int) ((x - ROW_HEADER_WIDTH) / COLUMN_WIDTH);
    }

    /** The item at a model point, the innermost first (card before cell), or {@code null}. */
    public BoardRef hit(double x, double y) {
        if (x < ROW_HEADER_WIDTH) {
            int row = rowAt(y);
            return row < 0 ? null : BoardRef.row(board.rows().get(row).id());
        }
        int column = columnAt(x);
        if (column < 0) {
            return null;
        }
        String columnId = board.columns().get(column).id();
        if (y < GROUP_HEIGHT) {
            return y < 0 ? null : BoardRef.group(board.groups().get(board.groupOf(column)).id());
        }
        if (y < headerHeight()) {
            return BoardRef.column(columnId);
        }
        int row = rowAt(y);
        if (row < 0) {
            return null;
        }
        String rowId = board.rows().get(row).id();
        List<Rect> cards = cardRects(row, column);
        for (int i = 0; i < cards.size(); i++) {
            if (cards.get(i).contains(x, y)) {
                return BoardRef.card(columnId, rowId, i);
            }
        }
        return BoardRef.cell(columnId, rowId);
    }

    /** Rectangle of any item, or {@code null} if the board does not hold it. */
    public Rect rectOf(BoardRef ref) {
        int column = ref.column() == null ? -1 : board.columnIndex(ref.column());
        int row = ref.row() == null ? -1 : board.rowIndex(ref.row());
        switch (ref.kind()) {
            case GROUP :
                int group = board.groupIndex(ref.group());
                return group < 0 ? null : groupRect(group);
            case COLUMN :
                return column < 0 ? null : columnHeaderRect(column);
            case ROW :
                return row < 0 ? null : rowHeaderRect(row);
            case CELL :
                return row < 0 || column < 0 ? null : cellRect(row, column);
            default :
                if (row < 0 || column < 0) {
                    return null;
                }
                List<Rect> cards = cardRects(row, column);
                return ref.card() < cards.size() ? cards.get(ref.card()) : cellRect(row, column);
        }
    }

    /** Whether a model point on a card lies on its badges (live figures). */
    public boolean isOnBadges(BoardRef card, double x, double y) {
        Rect rect = rectOf(card);
        if (rect == null || card.kind() != BoardRef.Kind.CARD) {
            return false;
        }
        int row = board.rowIndex(card.row());
        int column = board.columnIndex(card.column());
        if (board.cards(row, column).get(card.card()).badges().isEmpty()) {
            return false;
        }
        double badgesTop = rect.y() + CARD_PADDING + cardLines(row, column, card.card()) * LINE_HEIGHT;
        return rect.contains(x, y) && y >= badgesTop;
    }
}

/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.ui.board.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.parley.ui.board.Board;
import org.parley.ui.board.BoardLayout;
import org.parley.ui.board.BoardRef;
import org.parley.ui.board.Rect;

class BoardLayoutTest {

    private final Board board = Boards.complaint();
    private final BoardLayout layout = new BoardLayout(board);

    @Test
    void stagesSpanTheirStepsAndStepsSitSideBySide() {
        Rect first = layout.groupRect(0);
        assertEquals(layout.columnHeaderRect(0).x(), first.x());
        assertEquals(layout.columnHeaderRect(1).right(), first.right());
        assertEquals(layout.columnHeaderRect(2).x(), layout.groupRect(1).x());
        assertEquals(BoardLayout.ROW_HEADER_WIDTH + 4 * BoardLayout.COLUMN_WIDTH, layout.width());
    }

    @Test
    void aLaneIsTallEnoughForItsFullestCellAndTheEmotionLaneHasTheCurveHeight() {
        Rect touch = layout.rowHeaderRect(1);
        double bottom = layout.cardRects(1, 2).get(1).bottom();
        assertTrue(bottom <= touch.bottom(), "two cards fit in the touchpoint lane");
        assertEquals(BoardLayout.CURVE_ROW_HEIGHT, layout.rowHeaderRect(2).height());
        assertEquals(layout.rowHeaderRect(2).bottom(), layout.height());
    }

    @Test
    void longTextWrapsToAtMostThreeLines() {
        assertEquals(1, BoardLayout.estimateLines("X mentions", BoardLayout.cardTextWidth()));
        assertTrue(BoardLayout.estimateLines("Opens the box and finds the vase broken into three pieces",
                BoardLayout.cardTextWidth()) >= 2);
        assertEquals(3, BoardLayout.estimateLines("word ".repeat(200), BoardLayout.cardTextWidth()));
    }

    @Test
    void clicksFindCardsCellsHeadersAndStages() {
        Rect card = layout.cardRects(1, 2).get(1);
        assertEquals(BoardRef.card("s3", "touch", 1), layout.hit(card.x() + 5, card.y() + 5));
        Rect cell = layout.cellRect(0, 3);
        assertEquals(BoardRef.cell("s4", "actions"), layout.hit(cell.x() + 5, cell.bottom() - 2));
        assertEquals(BoardRef.column("s2"), layout.hit(layout.columnHeaderRect(1).x() + 3, 40));
        assertEquals(BoardRef.group("engage"), layout.hit(layout.columnHeaderRect(2).x() + 3, 5));
        assertEquals(BoardRef.row("emotion"), layout.hit(10, layout.rowHeaderRect(2).y() + 1));
        assertNull(layout.hit(layout.width() + 5, 100));
        assertNull(layout.hit(5, 5));
        assertEquals(card, layout.rectOf(BoardRef.card("s3", "touch", 1)));
    }

    @Test
    void onlyTheVisibleColumnsAndRowsOfALargeBoardArePainted() {
        BoardLayout large = new BoardLayout(Boards.large(300, 12));
        int[] columns = large.columnRange(BoardLayout.ROW_HEADER_WIDTH + 1000, BoardLayout.ROW_HEADER_WIDTH + 2000);
        assertEquals(5, columns[0]);
        assertEquals(10, columns[1]);
        int[] rows = large.rowRange(large.rowHeaderRect(4).y() + 1, large.rowHeaderRect(6).y() + 1);
        assertEquals(4, rows[0]);
        assertEquals(7, rows[1]);
        int[] all = large.rowRange(-100, large.height() + 100);
        assertEquals(0, all[0]);
        assertEquals(12, all[1]);
        assertEquals(300, large.columnRange(0, large.width() + 10)[1]);
    }
}

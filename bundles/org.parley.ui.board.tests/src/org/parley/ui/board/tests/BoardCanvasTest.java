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
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.ui.board.BoardRef;
import org.parley.ui.board.BoardTheme;
import org.parley.ui.board.DropTarget;
import org.parley.ui.board.swt.BoardCanvas;
import org.parley.ui.board.swt.BoardListener;

/** The SWT canvas in a real display (Xvfb in CI). */
class BoardCanvasTest {

    private final List<String> told = new ArrayList<>();
    private Display display;
    private Shell shell;
    private BoardCanvas canvas;

    @BeforeEach
    void open() {
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(1000, 650);
        canvas = new BoardCanvas(shell, SWT.NONE);
        canvas.setListener(new BoardListener() {
            @Override
            public String editableText(BoardRef ref) {
                return "old";
            }

            @Override
            public void edited(BoardRef ref, String text) {
                told.add("edited " + ref.kind() + " " + text);
            }

            @Override
            public void dropped(BoardRef dragged, DropTarget target) {
                told.add("dropped " + dragged.column() + " into " + target.group() + " at " + target.index());
            }

            @Override
            public void action(Action action) {
                told.add(action.name());
            }
        });
        canvas.setBoard(Boards.complaint());
        shell.open();
        settle();
    }

    @AfterEach
    void close() {
        shell.dispose();
        settle();
    }

    private void settle() {
        for (int i = 0; i < 50; i++) {
            while (display.readAndDispatch()) {
                // drain
            }
        }
    }

    private void send(int type, Event event) {
        canvas.notifyListeners(type, event);
        settle();
    }

    private Event key(int keyCode, char character, int state) {
        Event event = new Event();
        event.keyCode = keyCode;
        event.character = character;
        event.stateMask = state;
        return event;
    }

    private Event mouse(Rectangle at, int state) {
        Event event = new Event();
        event.button = 1;
        event.count = 1;
        event.x = at.x + 8;
        event.y = at.y + 8;
        event.stateMask = state;
        return event;
    }

    @Test
    void theBoardIsPaintedWithItsStageColours() {
        Rectangle area = canvas.getClientArea();
        Image image = new Image(display, area.width, area.height);
        GC gc = new GC(image);
        canvas.print(gc);
        gc.dispose();
        ImageData data = image.getImageData();
        image.dispose();
        Rectangle header = canvas.deviceBounds(BoardRef.group("aware"));
        RGB pixel = data.palette.getRGB(data.getPixel(header.x + header.width - 6, header.y + 4));
        int stage = BoardTheme.standard().stage(0);
        assertEquals(new RGB((stage >> 16) & 0xFF, (stage >> 8) & 0xFF, stage & 0xFF), pixel);
    }

    @Test
    void arrowsMoveTheFocusAndShiftExtendsTheSelection() {
        canvas.select(BoardRef.cell("s1", "actions"));
        send(SWT.KeyDown, key(SWT.ARROW_RIGHT, '\0', 0));
        assertEquals(BoardRef.cell("s2", "actions"), canvas.focus());
        send(SWT.KeyDown, key(SWT.ARROW_DOWN, '\0', SWT.SHIFT));
        assertEquals(BoardRef.cell("s2", "touch"), canvas.focus());
        assertEquals(2, canvas.selection().size());
        send(SWT.KeyDown, key('z', 'z', SWT.MOD1));
        send(SWT.KeyDown, key(SWT.DEL, '\0', 0));
        assertEquals(List.of("UNDO", "DELETE"), told);
    }

    @Test
    void draggingAStepHeaderReportsWhereItLands() {
        Rectangle from = canvas.deviceBounds(BoardRef.column("s4"));
        Rectangle to = canvas.deviceBounds(BoardRef.column("s1"));
        send(SWT.MouseDown, mouse(from, 0));
        send(SWT.MouseMove, mouse(to, SWT.BUTTON1));
        send(SWT.MouseUp, mouse(to, 0));
        assertEquals(List.of("dropped s4 into aware at 0"), told);
    }

    @Test
    void aDoubleClickEditsInPlaceAndEnterCommits() {
        Rectangle step = canvas.deviceBounds(BoardRef.column("s2"));
        send(SWT.MouseDoubleClick, mouse(step, 0));
        Text text = null;
        for (Control child : canvas.getChildren()) {
            if (child instanceof Text found) {
                text = found;
            }
        }
        assertNotNull(text, "an inline text field opened");
        assertEquals("old", text.getText());
        text.setText("Searches the help centre");
        Event enter = new Event();
        enter.detail = SWT.TRAVERSE_RETURN;
        text.notifyListeners(SWT.Traverse, enter);
        settle();
        assertEquals(List.of("edited COLUMN Searches the help centre"), told);
    }

    @Test
    void ctrlWheelZoomsAndCtrlZeroResets() {
        Event wheel = new Event();
        wheel.count = 3;
        wheel.stateMask = SWT.MOD1;
        send(SWT.MouseWheel, wheel);
        assertTrue(canvas.zoom() > 1.05, "zoomed in to " + canvas.zoom());
        send(SWT.KeyDown, key('0', '0', SWT.MOD1));
        assertEquals(1.0, canvas.zoom(), 1e-9);
    }
}

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
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ScrollBar;
import org.parley.ui.board.Board;
import org.parley.ui.board.BoardLayout;
import org.parley.ui.board.BoardRef;
import org.parley.ui.board.BoardSelection;
import org.parley.ui.board.BoardTheme;
import org.parley.ui.board.DropTarget;
import org.parley.ui.board.Rect;

/**
 * An SWT canvas that shows a {@link Board}: double buffered, scroll bars, zoom (Ctrl+wheel,
 * Ctrl+plus/minus/0), arrow-key navigation, selection with Ctrl/Shift, drag to reorder headers and
 * move cards, and inline editing (double-click, Enter or F2). Gestures are reported to a
 * {@link BoardListener}; the canvas never changes the board itself.
 */
public final class BoardCanvas extends Canvas {

    private static final int DRAG_THRESHOLD = 6;

    private final BoardTheme theme = BoardTheme.standard();
    private final Map<Integer, Font> fonts = new HashMap<>();
    private final InlineEditor editor;
    private final BoardSelection selection = new BoardSelection();
    private BoardListener listener = new BoardListener() {
    };
    private BoardView view;
    private BoardRef pressed;
    private Point pressedAt;
    private DropTarget drop;

    public BoardCanvas(Composite parent, int style) {
        super(parent, style | SWT.H_SCROLL | SWT.V_SCROLL | SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        view = new BoardView(new BoardLayout(Board.builder("").build()), theme);
        editor = new InlineEditor(this, this::committed);
        addListener(SWT.Paint, this::paint);
        addListener(SWT.Resize, event -> updateScrollBars());
        addListener(SWT.MouseDown, this::mouseDown);
        addListener(SWT.MouseMove, this::mouseMove);
        addListener(SWT.MouseUp, this::mouseUp);
        addListener(SWT.MouseDoubleClick, this::doubleClick);
        addListener(SWT.MouseWheel, this::wheel);
        addListener(SWT.KeyDown, new BoardKeys(this)::keyDown);
        addListener(SWT.Traverse, event -> event.doit = event.detail == SWT.TRAVERSE_TAB_NEXT
                || event.detail == SWT.TRAVERSE_TAB_PREVIOUS);
        getHorizontalBar().addListener(SWT.Selection, event -> scrolled());
        getVerticalBar().addListener(SWT.Selection, event -> scrolled());
        addListener(SWT.Dispose, event -> {
            fonts.values().forEach(Font::dispose);
            fonts.clear();
        });
    }

    public void setListener(BoardListener boardListener) {
        listener = Objects.requireNonNull(boardListener);
    }

    BoardListener listener() {
        return listener;
    }

    /**
     * Shows a (rebuilt) board, keeping zoom, scroll position and whatever of the selection still
     * exists.
     */
    public void setBoard(Board board) {
        checkWidget();
        editor.close(false);
        BoardView next = new BoardView(new BoardLayout(board), theme);
        Rectangle area = getClientArea();
        next.copyPosition(view, area.width, area.height);
        view = next;
        selection.retain(view.layout());
        view.painter().setSelection(selection.asSet(), selection.focus());
        updateScrollBars();
        redraw();
    }

    public Board board() {
        return view.layout().board();
    }

    public BoardLayout boardLayout() {
        return view.layout();
    }

    public double zoom() {
        return view.zoom();
    }

    public List<BoardRef> selection() {
        return selection.items();
    }

    public BoardRef focus() {
        return selection.focus();
    }

    /** Selects one item (or nothing, for {@code null}) and scrolls it into view. */
    public void select(BoardRef ref) {
        selection.set(ref);
        selectionChanged(true);
    }

    void selectionChanged(boolean reveal) {
        view.painter().setSelection(selection.asSet(), selection.focus());
        if (reveal && selection.focus() != null) {
            Rect rect = view.layout().rectOf(selection.focus());
            if (rect != null) {
                Rectangle area = getClientArea();
                view.reveal(rect, area.width, area.height);
                updateScrollBars();
            }
        }
        redraw();
        listener.selectionChanged(selection.items(), selection.focus());
    }

    BoardSelection selectionModel() {
        return selection;
    }

    public void setZoom(double zoom) {
        zoomAround(zoom, getClientArea().width / 2, getClientArea().height / 2);
    }

    private void zoomAround(double zoom, int dx, int dy) {
        editor.close(true);
        double[] before = view.toModel(dx, dy);
        Rectangle area = getClientArea();
        view.setZoom(zoom, area.width, area.height);
        double[] after = view.toModel(dx, dy);
        view.scrollTo(view.scrollX() + before[0] - after[0], view.scrollY() + before[1] - after[1], area.width,
                area.height);
        updateScrollBars();
        redraw();
    }

    /** Starts inline editing of an item, if the listener allows it. */
    public void edit(BoardRef ref) {
        String text = ref == null ? null : listener.editableText(ref);
        Rect rect = ref == null ? null : view.layout().rectOf(ref);
        if (text == null || rect == null) {
            return;
        }
        Rectangle area = getClientArea();
        view.reveal(rect, area.width, area.height);
        updateScrollBars();
        redraw();
        editor.open(ref, text, view.toDevice(rect), view.zoom());
    }

    private void committed(BoardRef ref, String text) {
        if (!text.equals(listener.editableText(ref))) {
            listener.edited(ref, text);
        }
    }

    private void paint(Event event) {
        Rectangle area = getClientArea();
        SwtGraphics graphics = new SwtGraphics(event.gc, fonts);
        view.paint(graphics, area.width, area.height);
        if (drop != null) {
            graphics.setTransform(view.zoom(), view.scrollX(), view.scrollY());
            graphics.setColor(0x2F7DE1);
            Rect m = drop.marker();
            Rectangle device = view.toDevice(m);
            event.gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION));
            if (drop.cell() != null) {
                event.gc.setLineWidth(3);
                event.gc.setForeground(event.gc.getBackground());
                event.gc.drawRectangle(device);
            } else if (m.height() > m.width()) {
                event.gc.fillRectangle(device.x, 0, Math.max(3, device.width), area.height);
            } else {
                event.gc.fillRectangle(0, device.y, area.width, Math.max(3, device.height));
            }
        }
        graphics.dispose();
    }

    private void updateScrollBars() {
        Rectangle area = getClientArea();
        double zoom = view.zoom();
        view.scrollTo(view.scrollX(), view.scrollY(), area.width, area.height);
        configure(getHorizontalBar(), view.layout().width() * zoom, area.width, view.scrollX() * zoom);
        configure(getVerticalBar(), view.layout().height() * zoom, area.height, view.scrollY() * zoom);
    }

    private static void configure(ScrollBar bar, double total, int visible, double position) {
        int max = (int) Math.ceil(total);
        bar.setMaximum(Math.max(1, max));
        bar.setThumb(Math.max(1, Math.min(visible, max)));
        bar.setPageIncrement(Math.max(1, visible - 40));
        bar.setIncrement(40);
        bar.setSelection((int) Math.round(position));
        bar.setVisible(max > visible);
    }

    private void scrolled() {
        editor.close(true);
        Rectangle area = getClientArea();
        view.scrollTo(getHorizontalBar().getSelection() / view.zoom(), getVerticalBar().getSelection() / view.zoom(),
                area.width, area.height);
        redraw();
    }

    /** Scrolls the body by a number of device pixels. */
    public void scrollBy(int dx, int dy) {
        Rectangle area = getClientArea();
        view.scrollTo(view.scrollX() + dx / view.zoom(), view.scrollY() + dy / view.zoom(), area.width,
                area.height);
        updateScrollBars();
        redraw();
    }

    private void wheel(Event event) {
        if ((event.stateMask & SWT.MOD1) != 0) {
            event.doit = false;
            zoomAround(view.zoom() * (event.count > 0 ? 1.1 : 1 / 1.1), event.x, event.y);
        } else if ((event.stateMask & SWT.SHIFT) != 0) {
            event.doit = false;
            scrollBy(-event.count * 40, 0);
        }
    }

    private void mouseDown(Event event) {
        setFocus();
        editor.close(true);
        double[] model = view.toModel(event.x, event.y);
        BoardRef hit = view.layout().hit(model[0], model[1]);
        if (event.button != 1) {
            if (event.button == 3 && hit != null && !selection.contains(hit)) {
                selection.set(hit);
                selectionChanged(false);
            }
            return;
        }
        pressed = hit;
        pressedAt = new Point(event.x, event.y);
        if (hit != null && hit.kind() == BoardRef.Kind.CARD && event.count == 1
                && view.layout().isOnBadges(hit, model[0], model[1])) {
            listener.badgesClicked(hit);
        }
        if ((event.stateMask & SWT.MOD1) != 0) {
            selection.toggle(hit);
        } else if ((event.stateMask & SWT.SHIFT) != 0) {
            selection.extend(hit, view.layout());
        } else if (!selection.contains(hit)) {
            selection.set(hit);
        } else {
            selection.setFocus(hit);
        }
        selectionChanged(false);
    }

    private void mouseMove(Event event) {
        if (pressed == null || (event.stateMask & SWT.BUTTON1) == 0) {
            return;
        }
        if (drop == null && Math.abs(event.x - pressedAt.x) + Math.abs(event.y - pressedAt.y) < DRAG_THRESHOLD) {
            return;
        }
        double[] model = view.toModel(event.x, event.y);
        drop = DropTarget.of(view.layout(), pressed, model[0], model[1]);
        setCursor(getDisplay().getSystemCursor(drop == null ? SWT.CURSOR_NO : SWT.CURSOR_HAND));
        redraw();
    }

    private void mouseUp(Event event) {
        DropTarget target = drop;
        BoardRef dragged = pressed;
        drop = null;
        pressed = null;
        setCursor(null);
        if (target != null && dragged != null) {
            redraw();
            listener.dropped(dragged, target);
        }
    }

    private void doubleClick(Event event) {
        double[] model = view.toModel(event.x, event.y);
        BoardRef hit = view.layout().hit(model[0], model[1]);
        if (hit != null) {
            edit(hit);
        }
    }

    /** Device rectangle of an item, e.g. to place a menu or a popup. */
    public Rectangle deviceBounds(BoardRef ref) {
        Rect rect = view.layout().rectOf(ref);
        return rect == null ? null : view.toDevice(rect);
    }
}

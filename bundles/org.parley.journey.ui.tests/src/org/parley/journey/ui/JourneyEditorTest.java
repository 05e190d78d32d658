/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.journey.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.parley.model.journey.JourneyMap;
import org.parley.journey.JourneyService;
import org.parley.model.journey.JourneyStep;
import org.parley.testing.swt.SwtHarness;
import org.parley.ui.board.BoardRef;
import org.parley.ui.board.BoardTheme;
import org.parley.ui.board.swt.BoardCanvas;

/**
 * A planner opens the social complaint journey in the editor, renames a step, undoes and redoes it.
 */
class JourneyEditorTest {

    private Display display;
    private Shell shell;
    private MPart part;
    private JourneyEditorPart editor;
    private JourneyMap journey;

    @BeforeEach
    void openEditor() throws Exception {
        journey = journeyService().fromTemplate("social-complaint");
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(1400, 900);
        Composite parent = new Composite(shell, SWT.NONE);
        part = MBasicFactory.INSTANCE.createPart();
        editor = new JourneyEditorPart(part, part, new SwtHarness().sync);
        editor.createControls(parent);
        editor.open(journey);
        shell.open();
        settle();
    }

    private static JourneyService journeyService() throws Exception {
        Bundle bundle = FrameworkUtil.getBundle(JourneyService.class);
        if (bundle.getState() != Bundle.ACTIVE) {
            bundle.start();
        }
        ServiceTracker<JourneyService, JourneyService> tracker = new ServiceTracker<>(bundle.getBundleContext(),
                JourneyService.class, null);
        tracker.open();
        JourneyService service = tracker.waitForService(20_000);
        assertNotNull(service, "the journey service is registered");
        return service;
    }

    @AfterEach
    void close() {
        shell.dispose();
        settle();
    }

    private void settle() {
        for (int i = 0; i < 50; i++) {
            while (display.readAndDispatch()) {
                // drain the event queue
            }
        }
    }

    private BoardCanvas canvas() {
        return editor.canvas();
    }

    @Test
    void theDemoJourneyIsPaintedAsAJourneyMap() {
        assertEquals(journey.steps().size(), canvas().board().columns().size());
        assertEquals(journey.name(), part.getLabel());
        Rectangle area = canvas().getClientArea();
        Image image = new Image(display, area.width, area.height);
        GC gc = new GC(image);
        canvas().print(gc);
        gc.dispose();
        ImageData data = image.getImageData();
        image.dispose();
        Rectangle stage = canvas().deviceBounds(BoardRef.group(journey.stages().get(0).id()));
        int colour = BoardTheme.standard().stage(0);
        assertEquals(new RGB((colour >> 16) & 0xFF, (colour >> 8) & 0xFF, colour & 0xFF),
                data.palette.getRGB(data.getPixel(stage.x + stage.width - 5, stage.y + 4)),
                "the first stage's header is drawn in the first stage colour");
    }

    @Test
    void renamingAStepInPlaceIsUndoneWithCtrlZAndRedoneWithCtrlY() {
        JourneyStep first = journey.steps().get(0);
        canvas().select(BoardRef.column(first.id()));
        key(SWT.F2, '\0', 0);
        Text text = inlineText();
        assertEquals(first.name(), text.getText());
        text.setText("Sees the parcel is crushed");
        Event enter = new Event();
        enter.detail = SWT.TRAVERSE_RETURN;
        text.notifyListeners(SWT.Traverse, enter);
        settle();
        assertEquals("Sees the parcel is crushed", stepName());
        assertEquals("Sees the parcel is crushed", canvas().board().columns().get(0).title());
        assertTrue(part.isDirty(), "an edited journey is dirty");
        key('z', 'z', SWT.MOD1);
        assertEquals(first.name(), stepName());
        assertFalse(part.isDirty(), "undone back to the opened state");
        key('y', 'y', SWT.MOD1);
        assertEquals("Sees the parcel is crushed", stepName());
        assertTrue(part.isDirty());
    }

    private String stepName() {
        return editor.document().map().steps().get(0).name();
    }

    private void key(int keyCode, char character, int state) {
        Event event = new Event();
        event.keyCode = keyCode;
        event.character = character;
        event.stateMask = state;
        canvas().notifyListeners(SWT.KeyDown, event);
        settle();
    }

    private Text inlineText() {
        for (Control child : canvas().getChildren()) {
            if (child instanceof Text text) {
                return text;
            }
        }
        throw new AssertionError("no inline editor opened");
    }
}

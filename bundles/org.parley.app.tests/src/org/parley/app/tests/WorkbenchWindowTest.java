/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;

import org.eclipse.e4.ui.internal.workbench.swt.E4Application;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Test;
import org.parley.journey.ui.JourneyHandlers;

/**
 * The real workbench in a real display: the window titled "Parley" opens on a new workspace, the
 * demo data is seeded once in the background, the Interactions and Customers parts of Operations
 * list it, and Planning lists the demo journeys.
 */
class WorkbenchWindowTest {

    @Test
    void theWorkbenchOpensOnTheDemoWorkspaceAndListsItsInteractions() throws Exception {
        Display display = Display.getDefault();
        WorkbenchProbe probe = new WorkbenchProbe(display, 120_000);
        display.timerExec(500, probe);

        Object exit = new E4Application().start(new TestApplicationContext(Map.of(
                "appName", "Parley",
                "applicationXMI", "org.parley.app/Application.e4xmi",
                "lifeCycleURI", "bundleclass://org.parley.app/org.parley.app.internal.LifeCycle",
                "clearPersistedState", "true")));

        assertNull(probe.failure, probe.failure);
        assertEquals(IApplication.EXIT_OK, exit);
        assertEquals("Parley", probe.title);
        assertTrue(probe.interactionRows >= 300, "interactions listed: " + probe.interactionRows);
        assertTrue(probe.customerRows >= 50, "customers listed: " + probe.customerRows);
        assertEquals(2, probe.journeyRows, "the demo journeys in Planning");
        assertNotNull(probe.firstInteraction);
        assertTrue(Set.of("email", "x", "facebook", "forum", "phone")
                .contains(probe.firstInteraction.split(" \\| ")[0]), probe.firstInteraction);
        assertTrue(probe.statusLine.contains("Database: jdbc:derby:"), probe.statusLine);
        assertTrue(probe.filteredRows > 0 && probe.filteredRows < probe.interactionRows,
                "filtering by 'phone' keeps " + probe.filteredRows + " of " + probe.interactionRows);
        assertTrue(probe.everyFilteredRowMatches, "every row left by the filter mentions 'phone'");
        assertEquals(probe.filteredRows + " of " + probe.interactionRows + " interactions", probe.filterSummary);

        EditorProbe editor = probe.editor;
        assertEquals("org.parley.app.menu.edit", editor.editMenuParent, "Undo is in the Edit menu");
        assertEquals(JourneyHandlers.UNDO, editor.undoKey, "Ctrl+Z in the journey editor");
        assertEquals(JourneyHandlers.SAVE, editor.saveKey, "Ctrl+S in the journey editor");
        assertNotEquals(JourneyHandlers.UNDO, editor.undoInJourneysList, "not while the Journeys list is active");
        assertEquals(editor.columnsOpened - 2, editor.columnsAfterDelete, "the Delete command removed two steps");
        assertTrue(editor.dirtyAfterDelete);
        assertEquals(editor.columnsOpened - 1, editor.columnsAfterCtrlZ, "one Ctrl+Z typed undid one delete, once");
        assertTrue(editor.dirtyAfterCtrlZ, "one delete is left to undo");
    }
}

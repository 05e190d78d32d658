/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.inbox.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.analytics.ActionNeeded;
import org.parley.analytics.Aspect;
import org.parley.analytics.ClassificationService;
import org.parley.demo.DemoWorkspace;
import org.parley.store.Store;
import org.parley.store.StoreFactory;
import org.parley.store.StoreSettings;
import org.parley.testing.Services;
import org.parley.testing.swt.SwtHarness;

/**
 * The Interactions table in a real window on a demo workspace shows what analytics made of each
 * message.
 */
class InteractionsClassificationTest {

    private static final int TYPE = InteractionsPart.TYPE_COLUMN;

    @TempDir
    Path workspace;

    private final SwtHarness swt = new SwtHarness();
    private final ClassificationService classification = Services.get(ClassificationService.class);
    private Store store;
    private Shell shell;
    private InteractionsPart part;

    @BeforeEach
    void open() {
        store = Services.get(StoreFactory.class).open(StoreSettings.embedded(workspace));
        Services.get(DemoWorkspace.class).seed(store, Instant.now());
        shell = new Shell(swt.display);
        shell.setLayout(new FillLayout());
        shell.setSize(1400, 900);
        part = new InteractionsPart(store.interactions(), swt.sync, classification, store);
        part.createControls(shell);
        shell.open();
        swt.waitFor("the demo messages, classified on first open", () -> part.columns.size() > 100
                && table().getItemCount() > 100 && !table().getItem(firstInbound()).getText(TYPE).isEmpty());
    }

    @AfterEach
    void close() {
        shell.dispose();
        store.close();
    }

    private Table table() {
        return part.interactionsTable();
    }

    private int firstInbound() {
        for (int row = 0; row < table().getItemCount(); row++) {
            if ("inbound".equals(table().getItem(row).getText(2))) {
                return row;
            }
        }
        return 0;
    }

    @Test
    void inboundMessagesShowTypeSentimentActionAndInfluenceInColour() {
        boolean sawComplaint = false;
        for (int row = 0; row < Math.min(300, table().getItemCount()); row++) {
            TableItem item = table().getItem(row);
            if (!"inbound".equals(item.getText(2))) {
                assertEquals("", item.getText(TYPE), "our own replies are not classified");
                continue;
            }
            assertTrue(item.getText(TYPE + 1).matches("(negative|neutral|positive) [+-]\\d\\.\\d\\d"),
                    item.getText(TYPE + 1));
            assertTrue(item.getText(TYPE + 2).matches("none|reply|urgent"), item.getText(TYPE + 2));
            assertTrue(Integer.parseInt(item.getText(TYPE + 3)) >= 0);
            if (item.getText(TYPE).contains("complaint")) {
                sawComplaint = true;
                assertEquals(swt.display.getSystemColor(SWT.COLOR_DARK_RED), item.getForeground(TYPE),
                        "complaints are red: " + item.getText(InteractionsPart.TEXT_COLUMN));
            }
        }
        assertTrue(sawComplaint, "the demo has complaints");
    }

    @Test
    void theClassificationColumnsComeBeforeTheTextAndAreOnScreenAt1400Pixels() {
        assertEquals(List.of("Author", "Type", "Sentiment", "Action", "Influence", "Text"),
                Arrays.stream(table().getColumns()).skip(TYPE - 1).map(TableColumn::getText).toList());
        int right = 0;
        for (int column = 0; column <= TYPE + 3; column++) {
            right += table().getColumn(column).getWidth();
        }
        assertTrue(right <= table().getClientArea().width,
                "influence ends at " + right + " px of " + table().getClientArea().width);
        int row = firstInbound();
        assertEquals(Objects.toString(part.rows().get(row).preview(), ""),
                table().getItem(row).getText(InteractionsPart.TEXT_COLUMN));
    }

    @Test
    void selectingAMessageExplainsItsClassification() {
        table().setSelection(firstInbound());
        table().notifyListeners(SWT.Selection, null);
        String why = part.explanation.getText();
        assertTrue(why.startsWith("Type: "), why);
        assertTrue(why.contains("Influence: "), why);
        assertTrue(why.matches("(?s).*Classified by .*parley.sentiment@\\d+\\.\\d+.*"),
                "names the classifiers and their versions: " + why);
    }

    @Test
    void anAgentsCorrectionShowsInTheTableAndIsStored() {
        int row = firstInbound();
        long id = part.rows().get(row).id();
        String before = table().getItem(row).getText(TYPE + 2);
        String wanted = "urgent".equals(before) ? "none" : "urgent";
        part.correct(id, Map.of(Aspect.ACTION, wanted));
        swt.waitFor("the corrected row", () -> wanted.equals(table().getItem(row).getText(TYPE + 2)));
        assertEquals(ActionNeeded.of(wanted), classification.get(store, id).orElseThrow().action());
        assertEquals(1, classification.corrections(store, id).size());
    }
}

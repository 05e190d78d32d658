/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.sources.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.ingest.IngestService;
import org.parley.ingest.QuarantineService;
import org.parley.ingest.SecretStore;
import org.parley.ingest.Source;
import org.parley.store.Store;
import org.parley.store.StoreFactory;
import org.parley.store.StoreSettings;
import org.parley.testing.Services;
import org.parley.testing.swt.SwtHarness;

/**
 * The Sources part in a real window on a real workspace, with the CSV and X connectors installed.
 */
class SourcesPartTest {

    @TempDir
    Path workspace;

    private final SwtHarness swt = new SwtHarness();
    private final IngestService ingest = Services.get(IngestService.class);
    private final SecretStore secrets = Services.get(SecretStore.class);
    private Store store;
    private Shell shell;
    private SourcesPart part;

    @BeforeEach
    void open() {
        System.setProperty("parley.secrets.keyFile", workspace.resolve("secure-storage.key").toString());
        store = Services.get(StoreFactory.class).open(StoreSettings.embedded(workspace.resolve("ws")));
        shell = new Shell(swt.display);
        shell.setLayout(new FillLayout());
        shell.setSize(1400, 900);
        part = new SourcesPart(ingest, Services.get(QuarantineService.class), secrets, store, swt.sync);
        part.createControls(shell);
        shell.open();
        swt.waitFor("the quarantine", () -> part.quarantine.summary.getText().startsWith("Quarantine:"));
    }

    @AfterEach
    void close() {
        shell.dispose();
        store.close();
    }

    @Test
    void theInstalledConnectorsAreListedWithWhatTheyCanDo() {
        List<String> ids = Arrays.stream(part.connectors.getItems()).map(i -> i.getText(1)).toList();
        assertTrue(ids.containsAll(List.of("csv", "x")), ids.toString());
        TableItem csv = part.connectors.getItem(ids.indexOf("csv"));
        assertEquals("CSV (call-centre logs)", csv.getText(0));
        assertTrue(csv.getText(2).contains("file import"), csv.getText(2));
    }

    @Test
    void importingACallLogThroughASourceUpdatesItsCountsAndQuarantinesTheBadRow() throws Exception {
        Path log = workspace.resolve("calls.csv");
        Files.writeString(log, """
                id,time,author,text
                C-1,2026-11-20T10:00:00Z,Ann Lee,Line dead since Monday
                C-2,2026-11-20T10:05:00Z,Bo Chan,Thanks for the quick fix
                C-3,not a date,Cy Diaz,Bad date row
                """, StandardCharsets.UTF_8);
        createSource("csv", "Call centre export");
        part.sources.select(0);
        part.sources.notifyListeners(SWT.Selection, null);
        part.importFile(log);
        swt.waitFor("the import", () -> part.status.getText().startsWith("Imported calls.csv:"));
        assertEquals("Imported calls.csv: 2 added, 0 updated, 0 duplicates, 1 quarantined", part.status.getText());
        swt.waitFor("the counts", () -> part.sources.getItemCount() == 1 && part.sources.getItem(0).getText(4)
                .equals("2"));
        TableItem row = part.sources.getItem(0);
        assertEquals("Call centre export", row.getText(0));
        assertEquals("1", row.getText(7), "quarantined");
        swt.waitFor("the quarantine", () -> part.quarantine.table.getItemCount() == 1);
        assertTrue(part.quarantine.table.getItem(0).getText(4).contains("3")
                || part.quarantine.table.getItem(0).getText(3).contains("calls.csv"),
                "the record says where it came from");
        assertFalse(part.quarantine.table.getItem(0).getText(5).isBlank(), "and why");
    }

    @Test
    void aSecretIsTypedIntoAPasswordFieldStoredSecurelyAndNeverShownBack() {
        createSource("x", "Brand account");
        Source saved = ingest.sources(store).get(0);
        part.sources.select(0);
        part.sources.notifyListeners(SWT.Selection, null);
        swt.waitFor("the form of the source", () -> part.form.title.getText().startsWith("Source of"));
        Text token = part.form.secrets.values().iterator().next();
        String key = part.form.secrets.keySet().iterator().next();
        assertTrue((token.getStyle() & SWT.PASSWORD) != 0, "typed into a password field");
        token.setText("s3cret-token");
        part.saveSource();
        swt.waitFor("the save", () -> part.status.getText().equals("Saved source Brand account and its secrets"));
        assertArrayEquals("s3cret-token".toCharArray(), secrets.get(store.settings().workspace(), saved.id(), key)
                .orElseThrow());
        Text shown = part.form.secrets.get(key);
        assertEquals("", shown.getText(), "the secret is never shown back");
        assertEquals("stored; type to replace", shown.getMessage());
        assertFalse(ingest.source(store, saved.id()).orElseThrow().settings().containsKey(key),
                "not in the database");
    }

    @Test
    void aSettingTheConnectorDeclaresIsAFieldOfTheFormAndIsSavedWithTheSource() {
        List<String> ids = Arrays.stream(part.connectors.getItems()).map(i -> i.getText(1)).toList();
        part.connectors.select(ids.indexOf("x"));
        part.newSource();
        Text query = part.form.settings.get("searchQuery");
        assertNotNull(query, "the X connector's listening query has its field, nothing in this part names it");
        assertTrue(query.getToolTipText().contains("northwind -from:northwindcare"), query.getToolTipText());
        part.form.name.setText("Northwind talk on X");
        query.setText("northwind -from:northwindcare");
        part.saveSource();
        swt.waitFor("the new source", () -> part.sources.getItemCount() == 1);
        assertEquals("northwind -from:northwindcare", ingest.sources(store).get(0).settings().get("searchQuery"));
    }

    private void createSource(String connectorId, String name) {
        List<String> ids = Arrays.stream(part.connectors.getItems()).map(i -> i.getText(1)).toList();
        part.connectors.select(ids.indexOf(connectorId));
        part.newSource();
        part.form.name.setText(name);
        part.saveSource();
        swt.waitFor("the new source", () -> part.sources.getItemCount() == 1);
    }
}

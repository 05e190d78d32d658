/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.connector.email.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.ingest.IngestReport;
import org.parley.ingest.IngestService;
import org.parley.model.Interaction;
import org.parley.store.Store;
import org.parley.store.StoreFactory;
import org.parley.store.StoreSettings;
import org.parley.testing.Services;
import org.parley.testing.TestData;

/** Real mailing-list archives through the real pipeline into Derby. */
class MailPipelineTest {

    @TempDir
    Path workspace;

    @Test
    void theNumpyArchiveArchivedTwiceIsStoredOnceAndAgainAddsNothing() throws Exception {
        IngestService ingest = Services.get(IngestService.class);
        Path mbox = TestData.file("mbox/numpy-discussion-2001-11.mbox");
        try (Store store = Services.get(StoreFactory.class).open(StoreSettings.embedded(workspace))) {
            IngestReport first = ingest.importPath(store, "email", mbox, new NullProgressMonitor());
            assertEquals(82, first.added(), first.toString());
            assertEquals(82, first.duplicates(), "the month's second copy: " + first);
            assertEquals(new IngestReport(0, 0, 164, 0), ingest.importPath(store, "email", mbox, null));
            assertEquals(82, store.interactions().count());
            Interaction lee = store.interactions().find("email",
                    "Pine.SOL.4.30.0111011916360.17706-100000@mimosa.csv.warwick.ac.uk#b47055b45f46f50a").orElseThrow();
            assertEquals("jjl@pobox.com", lee.getAuthor().getHandle());
        }
    }

    @Test
    void bothArchivesAndTheEmlFolderGoIntoOneWorkspaceWithBrokenMailQuarantined() throws Exception {
        IngestService ingest = Services.get(IngestService.class);
        try (Store store = Services.get(StoreFactory.class).open(StoreSettings.embedded(workspace))) {
            IngestReport evs = ingest.importPath(store, "email", TestData.file("mbox/3gpp-sa4-evs.mbox"),
                    null);
            assertEquals(49, evs.added(), evs.toString());
            IngestReport folder = ingest.importPath(store, "email", Path.of("resources", "eml").toAbsolutePath(), null);
            assertEquals(new IngestReport(3, 0, 0, 1), folder);
            assertEquals(52, store.interactions().count());
            assertEquals(1, Workspace.count(store,
                    "SELECT COUNT(*) FROM INTERACTION WHERE EXTERNAL_ID LIKE 'alt-2@shop.example#%'"));
        }
    }
}

/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.connector.x.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.ingest.IngestReport;
import org.parley.ingest.IngestService;
import org.parley.ingest.Source;
import org.parley.store.Store;
import org.parley.testing.Services;
import org.parley.testing.TestData;
import org.parley.testing.Workspaces;

/**
 * The connector through the real ingestion pipeline into a Derby workspace, with real sample data.
 */
class PipelineTest {

    @TempDir
    Path temp;

    @Test
    void theRealArchiveIsStoredOnceWithOneIdentityPerAuthor() throws IOException {
        Path file = TestData.file("x-archive/tweets.js");
        try (Store store = Workspaces.open(temp)) {
            IngestService ingest = Services.get(IngestService.class);

            IngestReport first = ingest.importPath(store, "x", file, null);
            IngestReport second = ingest.importPath(store, "x", file, null);

            assertEquals(new IngestReport(60, 0, 0, 0), first, "the first import");
            assertEquals(new IngestReport(0, 0, 60, 0), second, "the same file again adds nothing");
            assertEquals(60, store.interactions().count());
            assertEquals(6, Workspaces.count(store, "SELECT COUNT(*) FROM CUSTOMER_IDENTITY WHERE CHANNEL = 'x'"),
                    "one identity per author");
            assertEquals(58, Workspaces.count(store, "SELECT COUNT(*) FROM CONVERSATION WHERE CHANNEL = 'x'"),
                    "threads");
        }
    }

    @Test
    void aTruncatedArchiveImportedForASourceKeepsItsTweetsUnderTheConfiguredOwner() throws IOException {
        byte[] all = Files.readAllBytes(TestData.file("x-archive/tweets.js"));
        Path file = Files.createDirectories(temp.resolve("xbad")).resolve("tweets.js");
        Files.write(file, Arrays.copyOf(all, all.length / 2));
        try (Store store = Workspaces.open(temp.resolve("ws"))) {
            IngestService ingest = Services.get(IngestService.class);
            Source source = ingest.save(store,
                    Source.of("x", "Brand archive", Map.of(XConnector.ACCOUNT_USERNAME, "someone"), null));

            IngestReport first = ingest.importPath(store, source.id(), file, null);
            IngestReport second = ingest.importPath(store, source.id(), file, null);

            assertTrue(first.added() > 10, "the whole tweets are stored: " + first);
            assertEquals(1, first.quarantined(), "only the cut tail");
            assertEquals(new IngestReport(0, 0, first.added(), 1), second, "the same file again adds nothing");
            assertTrue(Workspaces.count(store, "SELECT COUNT(*) FROM INTERACTION I JOIN CUSTOMER_IDENTITY C "
                    + "ON I.AUTHOR_ID = C.ID WHERE C.HANDLE = 'someone'") > 5,
                    "the source's 'Archive owner' is the author of the owner's tweets");
        }
    }
}

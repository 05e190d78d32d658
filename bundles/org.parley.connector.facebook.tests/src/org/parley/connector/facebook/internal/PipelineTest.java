/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.connector.facebook.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.ingest.IngestReport;
import org.parley.ingest.IngestService;
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
    void theRealSavedCommentsAreStoredOnceInTheirPostsThread() throws IOException {
        Path file = TestData.file("facebook/post_comments.json");
        try (Store store = Workspaces.open(temp)) {
            IngestService ingest = Services.get(IngestService.class);

            IngestReport first = ingest.importPath(store, "facebook", file, null);
            IngestReport second = ingest.importPath(store, "facebook", file, null);

            assertEquals(new IngestReport(25, 0, 0, 0), first, "the first import");
            assertEquals(new IngestReport(0, 0, 25, 0), second, "the same file again adds nothing");
            assertEquals(25, store.interactions().count());
            assertEquals(25,
                    Workspaces.count(store, "SELECT COUNT(*) FROM CUSTOMER_IDENTITY WHERE CHANNEL = 'facebook'"),
                    "one identity per author");
            assertEquals(1, Workspaces.count(store, "SELECT COUNT(*) FROM CONVERSATION WHERE CHANNEL = 'facebook'"),
                    "threads");
        }
    }

    @Test
    void theRealFeedWithOnePostTwiceIsNotAnUpdateWhenImportedAgain() throws IOException {
        Path file = TestData.file("facebook/post_feed.json");
        try (Store store = Workspaces.open(temp)) {
            IngestService ingest = Services.get(IngestService.class);

            IngestReport first = ingest.importPath(store, "facebook", file, null);
            IngestReport second = ingest.importPath(store, "facebook", file, null);
            IngestReport third = ingest.importPath(store, "facebook", file, null);

            assertEquals(0, second.updated(), "the post saved twice does not flip: " + second);
            assertEquals(0, second.added());
            assertEquals(first.messages(), second.duplicates(), "every record of the file is a duplicate now");
            assertEquals(second, third);
            assertEquals(first.added(), store.interactions().count());
        }
    }
}

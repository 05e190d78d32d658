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

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.analytics.ClassificationService;
import org.parley.cli.command.CliCommand;
import org.parley.cli.command.CliContext;
import org.parley.ingest.IngestReport;
import org.parley.ingest.IngestService;
import org.parley.ingest.SecretStore;
import org.parley.ingest.Source;
import org.parley.store.Store;
import org.parley.testing.RecordedApi;
import org.parley.testing.Services;
import org.parley.testing.TestCliContext;
import org.parley.testing.TestData;
import org.parley.testing.Workspaces;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

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

    @Test
    void aListeningSourceStoresTalkAboutTheBrandOnceBesideItsMentionsAndItIsClassifiedLikeTheRest()
            throws IOException {
        try (Store store = Workspaces.open(temp);
                RecordedApi api = new RecordedApi(PipelineTest.class)
                        .reply("x/mentions-northwind.json").reply("x/search-page1.json").reply("x/search-page2.json")
                        .reply("x/mentions-empty.json").reply("x/search-page3.json")) {
            IngestService ingest = Services.get(IngestService.class);
            Source source = ingest.save(store, Source.of("x", "Northwind on X", Map.of(XConnector.USER_ID,
                    "1496270316", XConnector.SEARCH_QUERY, "northwind -from:northwindcare", XConnector.API_BASE_URL,
                    api.base()), null));
            Services.get(SecretStore.class).put(store.info().workspace(), source.id(), XConnector.BEARER_TOKEN,
                    "AAAA-test-token".toCharArray());

            IngestReport first = ingest.pull(store, source.id(), null);
            IngestReport second = ingest.pull(store, source.id(), null);

            assertEquals(new IngestReport(4, 0, 1, 0), first,
                    "the reply to the brand comes as a mention and again from the search: stored once");
            assertEquals(new IngestReport(1, 0, 0, 0), second, "the next pull brings only the newer tweet");
            assertEquals(5, store.interactions().count());
            assertEquals(4, Workspaces.count(store, "SELECT COUNT(*) FROM INTERACTION WHERE CHANNEL = 'x' "
                    + "AND DIRECTION = 'INBOUND' AND TAGS LIKE '%listening%'"), "talk that does not address the brand");
            assertEquals(List.of(), store.interactions().find("x", "2129866515674215953").orElseThrow().getTags(),
                    "the reply to the brand is a mention");

            ClassificationService classification = Services.get(ClassificationService.class);
            assertEquals(5, classification.classifyStored(store, true, null), "every inbound tweet is classified");
            List<Long> ids = List.of("2130009994425377729", "2129970593133556391", "2129485995832276906",
                    "2130134099686572242").stream()
                    .map(id -> store.interactions().find("x", id).orElseThrow().getId()).toList();
            assertEquals(4, classification.get(store, ids).size(), "listening tweets carry a classification");
        }
    }

    @Test
    void aListeningSourceIsAddedFromTheCommandLineWithItsQueryAsWritten() throws Exception {
        try (Store store = Workspaces.open(temp)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            CliContext cli = TestCliContext.of(store.info().workspace(), store, "", out, out);
            assertEquals(CliCommand.OK, Services.command("sources add").run(cli,
                    List.of("x", "Northwind talk", "searchQuery=northwind -from:northwindcare lang:en", "--every",
                            "900")));
            JsonNode added = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
            assertEquals("northwind -from:northwindcare lang:en", added.path("settings").path("searchQuery").asText());
            Source source = Services.get(IngestService.class).source(store, added.path("id").asLong()).orElseThrow();
            assertEquals(Map.of(XConnector.SEARCH_QUERY, "northwind -from:northwindcare lang:en"), source.settings());
        }
    }
}

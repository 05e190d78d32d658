/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.connector.feed.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.channels.Author;
import org.parley.channels.ConnectorSettings;
import org.parley.channels.InboundMessage;
import org.parley.cli.command.CliCommand;
import org.parley.cli.command.CliContext;
import org.parley.ingest.IngestReport;
import org.parley.ingest.IngestService;
import org.parley.ingest.QuarantineService;
import org.parley.ingest.QuarantinedRecord;
import org.parley.ingest.Source;
import org.parley.store.Store;
import org.parley.testing.CollectingContext;
import org.parley.testing.Services;
import org.parley.testing.TestCliContext;
import org.parley.testing.TestData;
import org.parley.testing.Workspaces;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

/**
 * Keyword filters on a real forum feed ({@code feeds/reddit.rss}, 24 entries): only the entries
 * about what the source listens for are captured, the others are counted as skipped.
 */
class KeywordFilterTest {

    private static final String MASTER_OF_NONE = "https://www.reddit.com/r/IAmA/comments/3sl82z/"
            + "we_are_aziz_ansari_and_alan_yang_from_master_of/";
    private static final String CABLE = "https://www.reddit.com/r/television/comments/3sj6s0/"
            + "cable_companies_are_so_scared_of_netflix_theyve/";
    private static final String SHIA = "https://www.reddit.com/r/photoshopbattles/comments/3sjb6s/"
            + "psbattle_shia_labeouf_watching_shia_labeouf_movies/";

    private final FeedConnector connector = new FeedConnector();

    @TempDir
    Path temp;

    private CollectingContext imported(String... settings) throws IOException {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < settings.length; i += 2) {
            values.put(settings[i], settings[i + 1]);
        }
        CollectingContext context = new CollectingContext(connector, values, null);
        connector.importFile(TestData.file("feeds/reddit.rss"), context);
        return context;
    }

    private static List<String> ids(CollectingContext context) {
        return context.committed().stream().map(InboundMessage::externalId).toList();
    }

    @Test
    void onlyTheEntriesThatNameTheKeywordAreCapturedTheOthersAreCountedNotQuarantined() throws IOException {
        CollectingContext context = imported(FeedConnector.KEYWORDS, "Netflix");

        assertEquals(List.of(MASTER_OF_NONE, CABLE), ids(context), "the title of one, the text of the other");
        assertEquals(22, context.skipped);
        assertTrue(context.quarantined.isEmpty());
        assertEquals("24", context.lastCheckpoint(), "a resumed import still counts every entry of the feed");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"netflix|2", "NETFLIX|2", "flix|0", "net|0", "master of none|1",
            "Master   of None|1", "master none|0", "shia labeouf, master of none|2", " , ,shia labeouf,|1"})
    void keywordsMatchWholeWordsAndPhrasesInAnyCase(String keywords, int captured) throws IOException {
        CollectingContext context = imported(FeedConnector.KEYWORDS, keywords);
        assertEquals(captured, context.committed().size(), keywords);
        assertEquals(24 - captured, context.skipped);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"',
            value = {"Northwind's engineer never came|true", "down again #northwind|true",
                    "@northwindcare hello|false", "northwindcare is slow|false", "CAFÉ NORTHWIND|true",
                    "Cafe\u0301 in town|true", "north wind\tbroadband is down|true", "northwind-broadband|true"})
    void aKeywordIsAWholeWordInAnyCaseAndAnyWritingOfItsLetters(String text, boolean captured) {
        KeywordFilter filter = KeywordFilter.of(new ConnectorSettings(connector.settings(),
                Map.of(FeedConnector.KEYWORDS, "northwind, café, north wind broadband"))).orElseThrow();
        InboundMessage message = InboundMessage.builder("forum", "t1").author(Author.of("anna@forum", "Anna"))
                .occurredAt(OffsetDateTime.parse("2026-12-07T10:00:00Z")).subject(null).text(text).build();
        assertEquals(captured, filter.accepts(message), text);
    }

    @Test
    void anExcludedWordKeepsOutAnEntryThatMatchesTheKeywords() throws IOException {
        assertEquals(List.of(MASTER_OF_NONE),
                ids(imported(FeedConnector.KEYWORDS, "netflix", FeedConnector.EXCLUDE_KEYWORDS, "cable companies")));
        assertEquals(22, imported(FeedConnector.EXCLUDE_KEYWORDS, "netflix").committed().size(),
                "excluding alone keeps the rest");
    }

    @Test
    void withoutKeywordsEveryEntryIsCaptured() throws IOException {
        CollectingContext context = imported(FeedConnector.KEYWORDS, " ");
        assertEquals(24, context.committed().size());
        assertEquals(0, context.skipped);
    }

    /** The real feed on 127.0.0.1, without ETag or Last-Modified: every poll reads it whole again. */
    private static HttpServer serve() throws IOException {
        byte[] feed = Files.readAllBytes(TestData.file("feeds/reddit.rss"));
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/r/all/.rss", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/rss+xml; charset=UTF-8");
            exchange.sendResponseHeaders(200, feed.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(feed);
            }
        });
        server.start();
        return server;
    }

    private static String url(HttpServer server) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/r/all/.rss";
    }

    @Test
    void aPolledForumStoresExactlyTheMatchingEntriesAndPollingAgainAddsNothing() throws IOException {
        HttpServer server = serve();
        try (Store store = Workspaces.open(temp)) {
            IngestService ingest = Services.get(IngestService.class);
            Source source = ingest.save(store, Source.of(FeedConnector.ID, "Talk about TV on reddit",
                    Map.of(FeedConnector.URL, url(server), FeedConnector.KEYWORDS, "netflix, shia labeouf"), null));

            IngestReport first = ingest.pull(store, source.id(), null);
            IngestReport second = ingest.pull(store, source.id(), null);

            assertEquals(new IngestReport(3, 0, 0, 0, 21), first);
            assertEquals(new IngestReport(0, 0, 3, 0, 21), second, "the same entries again: nothing added");
            assertEquals(3, store.interactions().count());
            for (String id : List.of(MASTER_OF_NONE, CABLE, SHIA)) {
                assertTrue(store.interactions().find("forum", id).isPresent(), id);
            }
            assertEquals(List.of(), Services.get(QuarantineService.class).list(store, QuarantinedRecord.Status.OPEN),
                    "what is skipped is not refused");
            assertTrue(first.toJson().endsWith(",\"skipped\":21}"), first.toJson());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aFilteredSourceIsAddedAndPolledFromTheCommandLine() throws Exception {
        HttpServer server = serve();
        try (Store store = Workspaces.open(temp)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            CliContext cli = TestCliContext.of(store.info().workspace(), store, "", out, out);
            assertEquals(CliCommand.OK, Services.command("sources add").run(cli, List.of("feed", "TV talk",
                    "url=" + url(server), "keywords=netflix, master of none", "excludeKeywords=cable companies")));
            JsonNode added = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
            assertEquals("netflix, master of none", added.path("settings").path("keywords").asText());
            out.reset();

            assertEquals(CliCommand.OK, Services.command("pull").run(cli, List.of(added.path("id").asText())));
            assertEquals("{\"added\":1,\"updated\":0,\"duplicates\":0,\"quarantined\":0,\"skipped\":23}",
                    out.toString(StandardCharsets.UTF_8).strip());
            assertTrue(store.interactions().find("forum", MASTER_OF_NONE).isPresent());
        } finally {
            server.stop(0);
        }
    }
}

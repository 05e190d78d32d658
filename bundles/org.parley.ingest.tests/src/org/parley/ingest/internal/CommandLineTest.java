/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.ingest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.ServiceRegistration;
import org.parley.channels.ChannelConnector;
import org.parley.cli.internal.Commands;
import org.parley.cli.internal.ParleyCli;

/**
 * {@code parley-cli import | connectors | quarantine | sources} as a user runs them, with a
 * connector registered as a service while the framework runs (as a bundle installed later would
 * be).
 */
class CommandLineTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path workspace;

    private ServiceRegistration<ChannelConnector> registration;
    private ByteArrayOutputStream out;
    private ByteArrayOutputStream err;

    @BeforeEach
    void registerConnector() {
        System.setProperty(EquinoxSecretStore.KEY_FILE_PROPERTY, workspace.resolve("test.key").toString());
        registration = Fixtures.bundleContext().registerService(ChannelConnector.class, new BenchConnector("chat"),
                new Hashtable<>());
    }

    @AfterEach
    void unregister() {
        registration.unregister();
    }

    private int run(String input, String... args) {
        out = new ByteArrayOutputStream();
        err = new ByteArrayOutputStream();
        List<String> all = new ArrayList<>(List.of("--data", workspace.resolve("ws").toString()));
        all.addAll(List.of(args));
        try {
            ParleyCli cli = Commands.cli(Fixtures.bundleContext(), workspace, stdin(input),
                    new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true,
                            StandardCharsets.UTF_8));
            return cli.run(all.toArray(String[]::new));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static InputStream stdin(String input) {
        return new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8));
    }

    private List<String> lines() {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void importPrintsOneLineOfCountsAndExitsZeroEvenWithAQuarantinedRecord() throws Exception {
        List<String> lines = new ArrayList<>(Fixtures.lines("x", 30));
        lines.add("not json at all");
        Path file = Fixtures.write(workspace.resolve("chat.jsonl"), lines);
        assertEquals(0, run("", "import", "chat", file.toString()));
        assertEquals(List.of("{\"added\":30,\"updated\":0,\"duplicates\":0,\"quarantined\":1}"), lines());
        assertEquals(0, run("", "import", "chat", file.toString()));
        assertEquals(List.of("{\"added\":0,\"updated\":0,\"duplicates\":30,\"quarantined\":1}"), lines());

        assertEquals(0, run("", "quarantine"));
        JsonNode record = JSON.readTree(lines().get(0));
        assertEquals("line 31", record.get("position").asText());
        assertEquals(0, run("", "quarantine", "show", record.get("id").asText()));
        assertEquals("not json at all", JSON.readTree(lines().get(0)).get("raw_text").asText());
        assertEquals(0, run("", "quarantine", "discard", record.get("id").asText()));
        assertEquals(0, run("", "quarantine"));
        assertTrue(lines().isEmpty(), "nothing left open");
    }

    @Test
    void importTakesASourceIdAndRecordsTheRunOnTheSource() throws Exception {
        Path file = Fixtures.write(workspace.resolve("chat.jsonl"), Fixtures.lines("s", 12));
        assertEquals(0, run("", "sources", "add", "chat", "Support chat"));
        long id = JSON.readTree(lines().get(0)).get("id").asLong();
        assertEquals(0, run("", "import", Long.toString(id), file.toString()));
        assertEquals(List.of("{\"added\":12,\"updated\":0,\"duplicates\":0,\"quarantined\":0}"), lines());
        assertEquals(0, run("", "sources"));
        assertEquals(12, JSON.readTree(lines().get(0)).get("last_report").get("added").asLong(),
                "the source shows its last run");
        assertEquals(ParleyCli.USAGE, run("", "import", Long.toString(id + 100), file.toString()));
    }

    @Test
    void aFileHoldingOneMessageTwiceWithDifferentTextIsNotAnUpdateOnTheNextImport() throws Exception {
        List<String> lines = new ArrayList<>(Fixtures.lines("d", 5));
        lines.add(Fixtures.line("d-2", "author2@example.org", "Author 2", "2026-11-12T09:00:00+01:00", "d-t0",
                "Message number 2, edited"));
        Path file = Fixtures.write(workspace.resolve("twice.jsonl"), lines);
        assertEquals(0, run("", "import", "chat", file.toString()));
        assertEquals(List.of("{\"added\":5,\"updated\":0,\"duplicates\":1,\"quarantined\":0}"), lines());
        for (int again = 0; again < 2; again++) {
            assertEquals(0, run("", "import", "chat", file.toString()));
            assertEquals(List.of("{\"added\":0,\"updated\":0,\"duplicates\":6,\"quarantined\":0}"), lines());
        }
    }

    @Test
    void aMessageTwiceInDifferentBatchesOfOneFileIsNotAnUpdateOnTheNextImport() throws Exception {
        List<String> lines = new ArrayList<>(Fixtures.lines("b", BenchConnector.CHECKPOINT_EVERY + 10));
        lines.add(Fixtures.line("b-3", "author3@example.org", "Author 3", "2026-11-13T09:00:00+01:00", "b-t0",
                "Message number 3, edited"));
        Path file = Fixtures.write(workspace.resolve("batches.jsonl"), lines);
        int count = BenchConnector.CHECKPOINT_EVERY + 10;
        assertEquals(0, run("", "import", "chat", file.toString()));
        assertEquals(List.of("{\"added\":" + count + ",\"updated\":0,\"duplicates\":1,\"quarantined\":0}"),
                lines());
        assertEquals(0, run("", "import", "chat", file.toString()));
        assertEquals(List.of("{\"added\":0,\"updated\":0,\"duplicates\":" + (count + 1)
                + ",\"quarantined\":0}"), lines());
        assertEquals(0, run("", "import", "chat", file.toString()));
        assertEquals(List.of("{\"added\":0,\"updated\":0,\"duplicates\":" + (count + 1)
                + ",\"quarantined\":0}"), lines());
    }

    @Test
    void aDiscardedRecordDoesNotComeBackWhenTheSameBadBytesAreImportedAgain() throws Exception {
        List<String> lines = new ArrayList<>(Fixtures.lines("q", 5));
        lines.add("{broken");
        Path file = Fixtures.write(workspace.resolve("bad.jsonl"), lines);
        assertEquals(0, run("", "import", "chat", file.toString()));
        assertEquals(0, run("", "quarantine"));
        long id = JSON.readTree(lines().get(0)).get("id").asLong();
        assertEquals(0, run("", "quarantine", "discard", Long.toString(id)));

        assertEquals(0, run("", "import", "chat", file.toString()));
        assertEquals(List.of("{\"added\":0,\"updated\":0,\"duplicates\":5,\"quarantined\":0}"), lines());
        assertEquals(0, run("", "quarantine"));
        assertTrue(lines().isEmpty(), "nothing open again: " + lines());
    }

    @Test
    void aQuarantinedRowFixedInTheFileIsResolvedByTheNextImport() throws Exception {
        List<String> lines = new ArrayList<>(Fixtures.lines("f", 5));
        lines.add("{\"id\":\"f-5\",\"author\":\"a@example.org\"");
        lines.add("not json either");
        Path file = Fixtures.write(workspace.resolve("fixme.jsonl"), lines);
        assertEquals(0, run("", "import", "chat", file.toString()));
        assertEquals(List.of("{\"added\":5,\"updated\":0,\"duplicates\":0,\"quarantined\":2}"), lines());

        lines.set(5, Fixtures.line("f-5", "a@example.org", "A", "2026-11-20T09:00:00+01:00", "f-t9", "Fixed"));
        Fixtures.write(file, lines);
        assertEquals(0, run("", "import", "chat", file.toString()));
        assertEquals(List.of("{\"added\":1,\"updated\":0,\"duplicates\":5,\"quarantined\":1}"), lines());
        assertEquals(0, run("", "quarantine"));
        assertEquals(1, lines().size(), "only the row still broken is open: " + lines());
        assertEquals("line 7", JSON.readTree(lines().get(0)).get("position").asText());
        assertEquals(0, run("", "quarantine", "--status", "resolved"));
        assertEquals(1, lines().size());
        assertEquals("line 6", JSON.readTree(lines().get(0)).get("position").asText());
    }

    @Test
    void anUnknownConnectorIsAUsageErrorAndAMissingFileAFailure() {
        assertEquals(ParleyCli.USAGE, run("", "import", "carrier-pigeon", "x.txt"));
        assertEquals(ParleyCli.FAILED, run("", "import", "chat", workspace.resolve("missing.jsonl").toString()));
    }

    @Test
    void connectorsListsTheRegisteredConnectorWithItsCapabilities() throws Exception {
        assertEquals(0, run("", "connectors"));
        JsonNode chat = lines().stream().map(CommandLineTest::json).filter(n -> "chat".equals(n.get("id").asText()))
                .findFirst().orElseThrow();
        assertEquals("FILE_IMPORT", chat.get("capabilities").get(0).asText());
    }

    @Test
    void aSourceKeepsItsSecretInSecureStorageNotInTheDatabase() throws Exception {
        assertEquals(0, run("", "sources", "add", "chat", "Support chat"));
        long id = JSON.readTree(lines().get(0)).get("id").asLong();
        assertEquals(0, run("hunter2\n", "sources", "set-secret", Long.toString(id), "token"));
        assertEquals(0, run("", "sources"));
        JsonNode source = JSON.readTree(lines().get(0));
        assertEquals("token", source.get("secrets").get(0).asText());
        assertFalse(lines().get(0).contains("hunter2"));
        Path storage = workspace.resolve("ws/.parley/secure_storage");
        assertTrue(Files.exists(storage));
        assertFalse(Files.readString(storage).contains("hunter2"), "the secret is encrypted");
        assertEquals("hunter2", new String(new EquinoxSecretStore().get(workspace.resolve("ws"), id, "token")
                .orElseThrow()), "a new secret store (a restart) reads it back");
    }

    @Test
    void aWrongTypedOrUnknownOptionExitsTwoWithTheUsageBeforeAnythingIsImported() throws Exception {
        Path file = Fixtures.write(workspace.resolve("chat.jsonl"), Fixtures.lines("u", 7));
        assertEquals(ParleyCli.USAGE, run("", "import", "chat", file.toString(), "--since", "yesterday"));
        assertTrue(lines().isEmpty(), "nothing printed to standard output: " + lines());
        assertTrue(errText().contains("Unknown options: '--since', 'yesterday'"), errText());
        assertTrue(errText().contains("parley-cli [--data <workspace>] import <connector-id|source-id>"
                + " <file-or-folder>"), errText());
        assertEquals(ParleyCli.USAGE, run("", "import", "chat"));
        assertEquals(0, run("", "import", "chat", file.toString()));
        assertEquals(List.of("{\"added\":7,\"updated\":0,\"duplicates\":0,\"quarantined\":0}"), lines(),
                "the refused runs imported nothing");

        assertEquals(ParleyCli.USAGE, run("", "bench", "ingest", "--rows", "x"));
        assertTrue(errText().contains("'x' is not an int"), errText());
        assertTrue(errText().contains("bench ingest [--rows=<n>]"), errText());
        assertEquals(ParleyCli.USAGE, run("", "bench", "ingest", "--rows=0"));
        assertTrue(errText().contains("--rows needs a positive number"), errText());
        assertEquals(ParleyCli.USAGE, run("", "quarantine", "--status", "lost"));
        assertEquals(ParleyCli.USAGE, run("", "quarantine", "retry"));
        assertEquals(ParleyCli.USAGE, run("", "quarantine", "retry", "5", "--all"));
        assertEquals(ParleyCli.USAGE, run("", "quarantine", "show", "five"));
        assertEquals(ParleyCli.USAGE, run("", "pull", "five"));
        assertEquals(ParleyCli.USAGE, run("", "listen", "1", "--seconds", "soon"));
        assertEquals(ParleyCli.USAGE, run("", "sources", "add", "chat", "Chat", "--every", "hourly"));
        assertEquals(ParleyCli.USAGE, run("", "connectors", "--all"));
        assertEquals(0, run("", "sources"));
        assertTrue(lines().isEmpty(), "no source was added: " + lines());
    }

    @Test
    void helpPrintsTheGeneratedUsageNamingTheOptions() {
        assertEquals(0, run("", "bench", "ingest", "--help"));
        String help = String.join("\n", lines());
        assertTrue(help.contains("bench ingest [--rows=<n>]"), help);
        assertTrue(help.contains("how many messages to import (default 20000)"), help);
        assertEquals(0, run("", "sources", "add", "--help"));
        help = String.join("\n", lines());
        assertTrue(help.contains("sources add [--every=<seconds>] <connector-id> <name>"), help);
        assertTrue(help.contains("[<key=value>...]    the connector's settings"), help);
        assertEquals(0, run("", "quarantine", "retry", "--help"));
        help = String.join("\n", lines());
        assertTrue(help.contains("quarantine retry (<id> | --all)"), help);
        assertEquals(0, run("", "listen", "--help"));
        help = String.join("\n", lines());
        assertTrue(help.contains("listen [--seconds=<n>] <source-id>"), help);
    }

    private String errText() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static JsonNode json(String line) {
        try {
            return JSON.readTree(line);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}

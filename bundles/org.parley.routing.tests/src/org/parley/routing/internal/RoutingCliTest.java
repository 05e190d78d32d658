/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.routing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.cli.internal.Commands;
import org.parley.cli.internal.ParleyCli;

/** The routing commands of parley-cli on a demo workspace, as a user would type them. */
class RoutingCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path workspace;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void routeOnTheDemoPutsEveryConversationInAQueueAndASecondRunFindsNothingNew() throws Exception {
        assertEquals(0, run("demo"));
        assertEquals(0, run("route"));
        JsonNode report = JSON.readTree(stdout());
        assertEquals(1, report.get("config_version").asInt());
        assertTrue(report.get("routed").asInt() > 20, report.toString());
        assertEquals(report.get("conversations").asInt(), report.get("routed").asInt(),
                "the default rules end with a catch-all");
        int sum = 0;
        for (JsonNode count : report.get("queues")) {
            sum += count.asInt();
        }
        assertEquals(report.get("routed").asInt(), sum);
        assertTrue(report.get("queues").has("Priority care"), "the demo has VIP customers: " + report);
        assertEquals(0, run("route"));
        assertEquals(0, JSON.readTree(stdout()).get("routed").asInt());
    }

    @Test
    void savingRulesFromAFileMakesANewVersionAndShowPrintsIt() throws Exception {
        Path file = workspace.resolve("rules.json");
        Files.writeString(file, """
                {"rules": [{"id": "phone-calls", "when": {"channels": ["phone"]}, "target": {"team": "Call centre"}}],
                 "sla": [{"name": "Calls", "zone": "Europe/Paris", "days": ["MON"], "from": "08:00", "to": "12:00",
                  "firstReply": {"normal": "2h"}}]}""");
        assertEquals(0, run("routing", "save", file.toString(), "--note", "calls only"));
        assertEquals(2, JSON.readTree(stdout()).get("version").asInt(), "version 1 holds the defaults");
        assertEquals(0, run("routing", "show"));
        JsonNode shown = JSON.readTree(stdout());
        assertEquals("calls only", shown.get("note").asText());
        assertEquals("phone-calls", shown.get("rules").get(0).get("id").asText());
        assertEquals("Europe/Paris", shown.get("sla").get(0).get("zone").asText());
        assertEquals(0, run("routing", "versions"));
        assertEquals(List.of(2, 1), stdout().lines().map(l -> read(l).get("version").asInt()).toList());
        assertEquals(0, run("routing", "show", "--version", "1"));
        assertEquals(10, JSON.readTree(stdout()).get("rules").size());
    }

    @Test
    void aBrokenRulesFileIsRefusedWithItsProblemAndNothingIsSaved() throws Exception {
        Path file = workspace.resolve("broken.json");
        Files.writeString(file, "{\"rules\": [{\"id\": \"x\", \"target\": {\"queue\": \"A\"}}]}");
        assertEquals(ParleyCli.USAGE, run("routing", "save", file.toString()));
        assertTrue(stderr().contains("rule 'x': 'target': unknown field 'queue'"), stderr());
        assertEquals("", stdout());
        assertEquals(0, run("routing", "versions"));
        assertEquals(1, stdout().lines().count(), "only the defaults");
        assertEquals(ParleyCli.USAGE, run("routing", "test", "no-such-rule"));
        assertTrue(stderr().contains("no rule 'no-such-rule'"), stderr());
    }

    @Test
    void testingARuleListsTheMatchingDemoMessagesWithTheirExplanation() throws Exception {
        assertEquals(0, run("demo"));
        assertEquals(0, run("routing", "test", "{\"id\": \"calls\", \"when\": {\"channels\": [\"phone\"]}, "
                + "\"target\": {\"team\": \"Call centre\"}}", "--limit", "5"));
        List<JsonNode> lines = stdout().lines().map(RoutingCliTest::read).toList();
        assertEquals(6, lines.size(), stdout());
        for (JsonNode match : lines.subList(0, 5)) {
            assertEquals("phone", match.get("channel").asText());
            assertEquals("rule 'calls' matched: channel phone one of [phone]", match.get("explanation").asText());
        }
        assertEquals(5, lines.get(5).get("matched").asInt());
        assertEquals(0, run("routing", "test", "billing"));
        assertTrue(stdout().contains("text has ['"), stdout());
    }

    @Test
    void aRuleGivenInlineForAPreviewNeedsNoId() throws Exception {
        assertEquals(0, run("demo"));
        assertEquals(0, run("routing", "test", "{\"when\":{\"channels\":[\"x\"]},\"target\":{\"team\":\"T\","
                + "\"priority\":\"high\"}}", "--limit", "3"));
        List<JsonNode> lines = stdout().lines().map(RoutingCliTest::read).toList();
        assertEquals(4, lines.size(), stdout() + stderr());
        assertEquals("rule 'preview' matched: channel x one of [x]", lines.get(0).get("explanation").asText());
        assertEquals("preview", lines.get(3).get("rule").asText());
    }

    @Test
    void queueListsRoutedDemoConversationsSoonestDueFirstAndFiltersByQueueAndOverdue() throws Exception {
        assertEquals(0, run("demo"));
        assertEquals(0, run("route"));
        assertEquals(0, run("queue"));
        List<JsonNode> all = stdout().lines().map(RoutingCliTest::read).toList();
        assertTrue(all.size() > 20, stdout());
        List<String> due = all.stream().filter(l -> !l.get("due_at").isNull()).map(l -> l.get("due_at").asText())
                .toList();
        assertTrue(due.size() > 0, "demo conversations wait for replies");
        assertEquals(due.stream().map(java.time.Instant::parse).sorted().toList(),
                due.stream().map(java.time.Instant::parse).toList(), "sorted by due time");
        assertTrue(all.subList(due.size(), all.size()).stream().allMatch(l -> l.get("due_at").isNull()),
                "nothing due comes last");
        for (String field : List.of("conversation", "queue", "priority", "due_at", "overdue", "rule", "rule_version",
                "customer", "text")) {
            assertTrue(all.get(0).has(field), field + " in " + all.get(0));
        }
        long overdue = all.stream().filter(l -> l.get("overdue").asBoolean()).count();
        assertTrue(overdue > 0, "the demo has replies that are late");

        assertEquals(0, run("queue", "--overdue"));
        List<JsonNode> late = stdout().lines().map(RoutingCliTest::read).toList();
        assertEquals(overdue, late.size());
        assertTrue(late.stream().allMatch(l -> l.get("overdue").asBoolean()));

        assertEquals(0, run("queue", "Social", "care"));
        List<JsonNode> social = stdout().lines().map(RoutingCliTest::read).toList();
        assertTrue(social.size() > 0);
        assertTrue(social.stream().allMatch(l -> l.get("queue").asText().equals("Social care")));

        assertEquals(ParleyCli.USAGE, run("queue", "Nowhere"));
        assertTrue(stderr().contains("no queue 'Nowhere'"), stderr());
    }

    @Test
    void benchRoutingPrintsItsFiguresAsOneJsonLine() throws Exception {
        assertEquals(0, run("demo", "--interactions", "5000"));
        assertEquals(0, run("bench", "routing"));
        JsonNode figures = JSON.readTree(stdout());
        System.out.println("bench routing on a 5,000-message demo: " + figures);
        assertTrue(figures.get("messages").asInt() > 1000, figures.toString());
        assertEquals(figures.get("messages").asInt(), figures.get("matched").asInt(), "the catch-all matches all");
        for (String figure : List.of("read_ms", "label_ms", "match_per_s", "due_per_s")) {
            assertTrue(figures.has(figure), figure);
        }
    }

    @Test
    void aMistakeInTheArgumentsExitsTwoWithTheUsageBeforeAnythingRuns() throws Exception {
        assertEquals(0, run("demo", "--interactions", "500"));
        assertEquals(ParleyCli.USAGE, run("route", "--everything"));
        assertTrue(stderr().contains("--everything"), stderr());
        assertEquals(ParleyCli.USAGE, run("bench", "routing", "--messages", "x"));
        assertTrue(stderr().contains("--messages") && stderr().contains("'x'"), stderr());
        assertEquals(ParleyCli.USAGE, run("routing", "show", "--version", "two"));
        assertEquals(ParleyCli.USAGE, run("routing", "versions", "all"));
        assertEquals(ParleyCli.USAGE, run("routing", "save"));
        assertTrue(stderr().contains("<file.json>"), "the usage names the missing file: " + stderr());
        assertEquals(ParleyCli.USAGE, run("routing", "test", "billing", "--limit=0"));
        assertTrue(stderr().contains("--limit must be at least 1"), stderr());
        assertEquals(ParleyCli.USAGE, run("queue", "--late"));
        assertEquals("", stdout());
        assertEquals(0, run("queue"));
        assertEquals("", stdout(), "nothing was routed");
        assertEquals(0, run("routing", "versions"));
        assertEquals(1, stdout().lines().count(), "nothing was saved");
        assertEquals(0, run("routing", "test", "billing", "--limit=2", "--scan", "5000"));
        assertEquals(2, read(stdout().lines().reduce((first, last) -> last).orElseThrow()).get("limit").asInt());
    }

    @Test
    void helpShowsTheGeneratedUsageOfEachRoutingCommand() throws Exception {
        assertEquals(0, run("routing", "test", "--help"));
        for (String word : List.of("<rule-json-or-id>", "--limit=<n>", "--scan=<n>", "(default 20)",
                "(default 10000)")) {
            assertTrue(stdout().contains(word), word + " in " + stdout());
        }
        assertEquals(0, run("queue", "--help"));
        assertTrue(stdout().contains("--overdue") && stdout().contains("<queue-name>"), stdout());
        assertEquals(0, run("bench", "routing", "--help"));
        assertTrue(stdout().contains("--messages=<n>") && stdout().contains("(default 100000)"), stdout());
        assertEquals(0, run("routing", "show", "--help"));
        assertTrue(stdout().contains("--version=<n>"), stdout());
        assertEquals(0, run("routing", "save", "--help"));
        assertTrue(stdout().contains("--note=<text>"), stdout());
        assertEquals(0, run("route", "--help"));
        assertTrue(stdout().contains("route unrouted conversations"), stdout());
        assertEquals(0, run("routing", "versions", "--help"));
        assertTrue(stdout().contains("saved versions"), stdout());
    }

    private static JsonNode read(String line) {
        try {
            return JSON.readTree(line);
        } catch (Exception e) {
            throw new AssertionError(line, e);
        }
    }

    private int run(String... args) throws InterruptedException {
        out.reset();
        err.reset();
        ParleyCli cli = Commands.cli(Services.context(), workspace, InputStream.nullInputStream(),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        String[] all = new String[args.length + 2];
        all[0] = "--data";
        all[1] = workspace.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return cli.run(all);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }
}

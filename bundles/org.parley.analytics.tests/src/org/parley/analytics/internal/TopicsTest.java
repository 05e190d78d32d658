/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.analytics.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.analytics.Aspect;
import org.parley.analytics.Classification;
import org.parley.analytics.ClassificationService;
import org.parley.analytics.MessageFacts;
import org.parley.analytics.Topic;
import org.parley.analytics.TopicService;
import org.parley.analytics.TopicSet;
import org.parley.analytics.TopicVersion;
import org.parley.store.Store;
import org.parley.store.StoreFactory;
import org.parley.store.StoreSettings;

/**
 * What a message is about: the shipped topics of a broadband provider found with negation and
 * phrases, explained, corrected by agents, and replaced by a workspace's own saved topic set.
 */
class TopicsTest {

    @TempDir
    Path workspace;

    private final Chain chain = Chain.builtIn(Lexicon.load());

    private Classification classify(String text) {
        return chain.classify(text, MessageFacts.NONE);
    }

    @Test
    void anOutageComplaintIsAnOutageAndSaysWhichWordsMadeIt() {
        Classification c = classify("No internet since Monday and now it's down again. Fix it!");
        assertEquals(List.of("outage"), c.topics());
        assertEquals(List.of("topic: outage from 'no internet', 'down again'"),
                c.cues(Aspect.TOPIC).stream().map(Object::toString).toList());
        assertEquals("parley.topics@1", c.classifiers().get(Aspect.TOPIC).toString());
    }

    @Test
    void aNegatedCueDoesNotCountButANegationInsideAPhraseDoes() {
        Classification notDown = classify("My internet is not down, but the bill is wrong again");
        assertEquals(List.of("billing"), notDown.topics(), "'not down' is no outage");
        assertTrue(notDown.cues(Aspect.TOPIC).stream().anyMatch(cue -> cue.text().equals(
                "not outage: 'down' negated")), notDown.cues().toString());
        assertEquals(List.of(), classify("Good news, it hasn't been down since the fix.").topics());
        assertEquals(List.of("outage"), classify("The router is fine but the internet is not working").topics()
                .stream().filter("outage"::equals).toList(), "'not working' is a phrase of its own");
        assertEquals(List.of("billing"), classify("I still didn't get my bill").topics(),
                "a negation further away does not change what the message is about");
        assertEquals(List.of("engineer"), classify("The engineer didn't turn up today").topics());
        assertEquals(List.of("outage"), classify("Not happy. Internet down for two days").topics(),
                "a negation does not reach into the next sentence");
    }

    @Test
    void aMessageCanBeAboutSeveralTopicsInTheOrderOfTheSet() {
        Classification c = classify("Charged twice this month and the Hub 4 keeps rebooting, 3 Mbps on a 500 plan."
                + " I want to cancel.");
        assertEquals(List.of("billing", "equipment", "speed", "cancellation"), c.topics());
        JsonNode json = ClassificationJson.of(c);
        assertEquals("[\"billing\",\"equipment\",\"speed\",\"cancellation\"]", json.get("topics").toString());
        assertTrue(json.get("explanation").toString().contains("topic: billing from 'charged twice'"),
                json.toString());
        assertEquals(List.of(), classify("Thanks, lovely weekend everyone").topics());
    }

    @Test
    void anAgentsTopicCorrectionIsStoredAndWinsOverReclassification() throws Exception {
        ClassificationService service = ClassificationServiceTest.service(ClassificationService.class);
        try (Store store = ClassificationServiceTest.service(StoreFactory.class)
                .open(StoreSettings.embedded(workspace))) {
            List<Long> ids = ClassificationServiceTest.store(store, List.of("Why is my bill so high this month?",
                    "Is the hub supposed to blink like a disco?"));
            service.classifyStored(store, false, new NullProgressMonitor());
            assertEquals(List.of("billing"), service.get(store, ids.get(0)).orElseThrow().topics());

            service.correct(store, ids.get(0), Aspect.TOPIC, "sales, billing", "ana");
            service.correct(store, ids.get(1), Aspect.TOPIC, "none", "ana");
            service.classifyStored(store, true, new NullProgressMonitor());

            Classification corrected = service.get(store, ids.get(0)).orElseThrow();
            assertEquals(List.of("billing", "sales"), corrected.topics());
            assertEquals("agent@1", corrected.classifiers().get(Aspect.TOPIC).toString());
            assertEquals("billing", service.corrections(store, ids.get(0)).get(0).previous());
            assertEquals(List.of(), service.get(store, ids.get(1)).orElseThrow().topics());
            assertEquals("equipment", service.corrections(store, ids.get(1)).get(0).previous());
            IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                    () -> service.correct(store, ids.get(0), Aspect.TOPIC, "parcel", "ana"));
            assertTrue(unknown.getMessage().contains("'parcel' is not one of the workspace's topics"),
                    unknown.getMessage());
        }
    }

    @Test
    void aSavedTopicSetIsAVersionAndMakesTheStoredMessagesDueForReclassification() throws Exception {
        ClassificationService service = ClassificationServiceTest.service(ClassificationService.class);
        TopicService topics = ClassificationServiceTest.service(TopicService.class);
        try (Store store = ClassificationServiceTest.service(StoreFactory.class)
                .open(StoreSettings.embedded(workspace))) {
            List<Long> ids = ClassificationServiceTest.store(store, List.of("My parcel never arrived",
                    "No internet since the storm"));
            assertEquals(2, service.classifyStored(store, false, new NullProgressMonitor()));
            assertEquals(List.of(), service.get(store, ids.get(0)).orElseThrow().topics());
            TopicVersion first = topics.current(store);
            assertEquals(1, first.version());
            assertEquals(topics.defaults(), first.topics(), "version 1 is the shipped set");

            List<Topic> more = new java.util.ArrayList<>(first.topics().topics());
            more.add(new Topic("delivery", "Deliveries", List.of("parcel", "courier"), List.of("never arrived")));
            TopicVersion second = topics.save(store, new TopicSet(more), "we sell hubs online now");
            assertEquals(2, second.version());
            assertEquals(List.of(2, 1), topics.versions(store).stream().map(TopicVersion::version).toList());

            assertEquals(2, service.classifyStored(store, false, new NullProgressMonitor()),
                    "a new topic set version: every message is due again");
            Classification parcel = service.get(store, ids.get(0)).orElseThrow();
            assertEquals(List.of("delivery"), parcel.topics());
            assertTrue(parcel.cues(Aspect.TOPIC).get(0).text().contains("'parcel', 'never arrived'"),
                    parcel.cues().toString());
            assertEquals(List.of("delivery"), service.classify(store, "courier lost it", null).topics());
            assertEquals(List.of(), service.classify("courier lost it", null).topics(),
                    "without a workspace, the shipped set");
        }
    }

    @Test
    void topicsLearnAddsAWordThatAgentsKeptGivingATopicTheMatcherMissedAndNotOneThatAlsoMeansSomethingElse()
            throws Exception {
        ClassificationService service = ClassificationServiceTest.service(ClassificationService.class);
        TopicService topics = ClassificationServiceTest.service(TopicService.class);
        try (Store store = ClassificationServiceTest.service(StoreFactory.class)
                .open(StoreSettings.embedded(workspace))) {
            List<Long> ids = ClassificationServiceTest.store(store, List.of("Powerline adapter flashing red",
                    "Which powerline adapter should I buy for the loft?", "My powerline adapter lost its pairing",
                    "Why was I charged for an adapter I never ordered"));
            service.classifyStored(store, false, new NullProgressMonitor());
            assertEquals(List.of(), service.get(store, ids.get(0)).orElseThrow().topics(), "the shipped set misses");
            for (Long id : ids.subList(0, 3)) {
                service.correct(store, id, Aspect.TOPIC, "equipment", "ana");
            }
            service.correct(store, ids.get(3), Aspect.TOPIC, "billing", "ana");

            JsonNode report = new CliRun(workspace, store).one("topics learn");
            assertTrue(report.get("saved").asBoolean(), report.toString());
            assertEquals(4, report.get("corrections").asInt());
            assertEquals("{\"equipment\":[\"powerline\"]}", report.get("learned").toString(),
                    "'adapter' is also in a billing message, 'flashing' in only one");
            TopicVersion learned = topics.current(store);
            assertEquals(report.get("version").asInt(), learned.version());
            assertTrue(learned.note().startsWith("learned from 4 topic corrections: equipment +powerline"),
                    learned.note());
            assertEquals(List.of("equipment"), service.classify(store, "new powerline kit arrived dead", null)
                    .topics());
            assertTrue(service.classify(store, "new powerline kit arrived dead", null).cues(Aspect.TOPIC).get(0)
                    .text().contains("'powerline'"));
            assertTrue(!new CliRun(workspace, store).one("topics learn").get("saved").asBoolean(),
                    "nothing new to learn: no new version");
        }
    }

    @Test
    void topicsCommandsShowListAndSaveVersionsAsRoutingDoes() throws Exception {
        try (Store store = ClassificationServiceTest.service(StoreFactory.class)
                .open(StoreSettings.embedded(workspace))) {
            CliRun cli = new CliRun(workspace, store);
            JsonNode shown = cli.one("topics show");
            assertEquals(1, shown.get("version").asInt());
            assertEquals("outage", shown.get("topics").get(0).get("id").asText());
            Path file = workspace.resolve("topics.json");
            java.nio.file.Files.writeString(file, "{\"topics\":[{\"id\":\"outage\",\"label\":\"Outage\","
                    + "\"keywords\":[\"outage\"],\"phrases\":[\"no internet\"]}]}");
            JsonNode saved = cli.one("topics save", file.toString(), "--note", "just outages");
            assertEquals(2, saved.get("version").asInt());
            assertEquals(1, saved.get("topics").asInt());
            List<JsonNode> versions = cli.all("topics versions");
            assertEquals(List.of(2, 1), versions.stream().map(v -> v.get("version").asInt()).toList());
            assertEquals("just outages", versions.get(0).get("note").asText());
            assertEquals(8, cli.one("topics show", "--version", "1").get("topics").size());
            java.nio.file.Files.writeString(file, "{\"topics\":[{\"id\":\"Outage\",\"keywords\":[\"down\"]}]}");
            assertEquals(org.parley.cli.command.CliCommand.USAGE, cli.code("topics save", file.toString()));
        }
    }

    @Test
    void evalReportsTopicPrecisionAndRecallOnTheLabelledBitextSetBesideASingleKeywordBaseline() throws Exception {
        Path labelled = Path.of("../../testdata/messages/bitext-topics.csv");
        assertTrue(java.nio.file.Files.isReadable(labelled), labelled.toAbsolutePath().toString());
        List<JsonNode> lines = new CliRun(workspace, null).all("eval", "--topics", labelled.toString());
        assertEquals(List.of("parley", "baseline"), lines.stream().map(l -> l.get("classifier").asText()).toList());
        assertEquals(405, lines.get(0).get("n").asInt());
        assertEquals(List.of("billing", "cancellation"), List.copyOf(toList(lines.get(0).get("topics"))));
        double ours = lines.get(0).get("micro_f1").asDouble();
        double baseline = lines.get(1).get("micro_f1").asDouble();
        assertTrue(ours > baseline, "keywords, phrases and negation " + ours + " vs one keyword " + baseline);
        assertTrue(lines.get(0).get("micro_recall").asDouble() > lines.get(1).get("micro_recall").asDouble());
    }

    private static List<String> toList(JsonNode object) {
        List<String> names = new java.util.ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** Runs parley-cli commands on a workspace and reads their JSON lines. */
    private record CliRun(Path workspace, Store store) {

        List<JsonNode> all(String command, String... args) throws Exception {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            int code = org.parley.testing.Services.command(command).run(org.parley.testing.TestCliContext.of(
                    workspace, store, "", out, new java.io.ByteArrayOutputStream()), List.of(args));
            assertEquals(org.parley.cli.command.CliCommand.OK, code, command);
            List<JsonNode> lines = new java.util.ArrayList<>();
            for (String line : out.toString(java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    lines.add(new ObjectMapper().readTree(line));
                }
            }
            return lines;
        }

        JsonNode one(String command, String... args) throws Exception {
            List<JsonNode> lines = all(command, args);
            assertEquals(1, lines.size(), lines.toString());
            return lines.get(0);
        }

        int code(String command, String... args) throws Exception {
            try {
                return org.parley.testing.Services.command(command).run(org.parley.testing.TestCliContext.of(
                        workspace, store, "", new java.io.ByteArrayOutputStream(),
                        new java.io.ByteArrayOutputStream()), List.of(args));
            } catch (org.parley.cli.command.UsageException e) {
                return org.parley.cli.command.CliCommand.USAGE;
            }
        }
    }
}

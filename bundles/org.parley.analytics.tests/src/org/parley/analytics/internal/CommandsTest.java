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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.cli.command.CliCommand;
import org.parley.cli.command.CliContext;
import org.parley.cli.command.UsageException;
import org.parley.store.Store;
import org.parley.store.StoreFactory;
import org.parley.store.StoreSettings;
import org.parley.testing.TestCliContext;
import org.parley.testing.Services;

/** The analytics commands of parley-cli as a user runs them: JSON out, one object per line. */
class CommandsTest {

    private static final Path TWEETS = Path.of("../../testdata/sentiment/tweets_GroundTruth.txt");

    @TempDir
    Path workspace;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void classifyReadsOneMessagePerLineAndNeedsNoWorkspace() throws Exception {
        String input = "Where is my parcel?\nI'm calling my lawyer \uD83D\uDE20\n\n"
                + "No internet since Monday, down again\n";
        assertEquals(CliCommand.OK, command("classify").run(context(input, null), List.of()));
        List<JsonNode> lines = lines();
        assertEquals(4, lines.size(), "one line out per line in");
        assertEquals("[\"outage\"]", lines.get(3).get("topics").toString());
        assertTrue(
                lines.get(3).get("explanation").toString().contains("topic: outage from 'no internet', 'down again'"),
                lines.get(3).toString());
        assertEquals("[]", lines.get(0).get("topics").toString(), "a message about none of the topics");
        assertEquals("question", lines.get(0).get("type").get(0).asText());
        assertEquals("urgent", lines.get(1).get("action").asText());
        assertEquals("negative", lines.get(1).get("sentiment").get("label").asText());
        assertTrue(lines.get(1).get("explanation").toString().contains("lawyer"));
        assertEquals("other", lines.get(2).get("type").get(0).asText());
        for (JsonNode line : lines) {
            List<String> keys = new java.util.ArrayList<>();
            line.fieldNames().forEachRemaining(keys::add);
            assertEquals(List.of("type", "sentiment", "action", "explanation"), keys.subList(0, 4),
                    "the issue's keys first, in its order: " + keys);
            assertEquals(List.of("label", "score"), List.copyOf(toList(line.get("sentiment").fieldNames())));
            assertEquals(List.of("type", "sentiment", "action", "explanation", "action_cue", "influence", "classifiers",
                    "topics"), keys, "the format as before, topics added at the end");
        }
    }

    private static List<String> toList(java.util.Iterator<String> names) {
        List<String> list = new java.util.ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }

    /**
     * An organisation's feedback cards are compliments, which the rules cannot know; after agents
     * correct enough of them, training puts the model in charge of the type and classify --data says
     * compliment for a card it has never seen, while classify without a workspace still says other.
     */
    @Test
    void afterConsistentCorrectionsTheTrainedModelIsUsedAndChangesClassifyWithData() throws Exception {
        String unseen = "Feedback card 977 from the Dover branch: staff rating 9/10";
        try (Store store = ClassificationServiceTest.service(StoreFactory.class)
                .open(StoreSettings.embedded(workspace))) {
            List<Long> ids = ClassificationServiceTest.store(store, feedbackCards(40));
            for (Long id : ids) {
                assertEquals(CliCommand.OK, command("correct").run(context("", store),
                        List.of(id.toString(), "type", "compliment", "--agent", "ana")));
            }
            out.reset();
            assertEquals(CliCommand.OK, command("classify").run(context(unseen + "\n", null), List.of()));
            assertEquals("other", lines().get(0).get("type").get(0).asText(), "the rules alone");
            out.reset();

            assertEquals(CliCommand.OK, command("train").run(context("", store), List.of()));
            JsonNode type = lines().get(0).get("aspects").get("type");
            assertTrue(type.get("model_used").asBoolean(), type.toString());
            assertTrue(type.get("model_accuracy").asDouble() > type.get("chain_accuracy").asDouble(), type.toString());
            out.reset();

            assertEquals(CliCommand.OK, command("classify").run(context(unseen + "\n", store), List.of()));
            JsonNode learned = lines().get(0);
            assertEquals("compliment", learned.get("type").get(0).asText(), learned.toString());
            assertTrue(learned.get("classifiers").get("type").asText().startsWith("parley.learned@"),
                    learned.toString());
            assertTrue(learned.get("explanation").toString().contains("learned model"), learned.toString());
        }
    }

    static List<String> feedbackCards(int count) {
        String[] branches = {"Oslo", "Bergen", "Leeds", "Porto", "Lyon", "Graz", "Turku", "Cork"};
        List<String> texts = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            texts.add("Feedback card " + (100 + i) + " from the " + branches[i % branches.length]
                    + " branch: staff rating " + (i % 3 + 8) + "/10");
        }
        return texts;
    }

    @Test
    void correctAndReclassifyWorkOnTheWorkspace() throws Exception {
        try (Store store = ClassificationServiceTest.service(StoreFactory.class)
                .open(StoreSettings.embedded(workspace))) {
            List<Long> ids = ClassificationServiceTest.seed(store);
            assertEquals(CliCommand.OK, command("reclassify").run(context("", store), List.of()));
            assertEquals(3, lines().get(0).get("classified").asInt());
            out.reset();
            assertEquals(CliCommand.OK, command("correct").run(context("", store),
                    List.of(ids.get(2).toString(), "type", "compliment", "--agent", "ana")));
            JsonNode correction = lines().get(0);
            assertEquals("compliment", correction.get("value").asText());
            assertEquals("ana", correction.get("agent").asText());
        }
    }

    @Test
    void trainReportsTheNewModelVersionAndWhereItIsUsed() throws Exception {
        try (Store store = ClassificationServiceTest.service(StoreFactory.class)
                .open(StoreSettings.embedded(workspace))) {
            assertEquals(CliCommand.OK, command("train").run(context("", store), List.of()));
            JsonNode report = lines().get(0);
            assertEquals(1, report.get("model_version").asInt());
            for (String aspect : List.of("type", "sentiment", "action")) {
                JsonNode a = report.get("aspects").get(aspect);
                assertEquals(a.get("model_accuracy").asDouble() > a.get("chain_accuracy").asDouble(),
                        a.get("model_used").asBoolean(), aspect);
            }
        }
    }

    @Test
    void benchClassifyPrintsMessagesPerSecondWithoutAWorkspace() throws Exception {
        assertEquals(CliCommand.OK, command("bench classify").run(context("", null), List.of("--messages", "2000")));
        JsonNode figures = lines().get(0);
        assertEquals(2000, figures.get("messages").asInt());
        assertEquals(2000, figures.get("distinct_texts").asInt(), "every message a different text");
        assertTrue(figures.get("messages_per_second").asLong() > 0);
    }

    /**
     * A mistake in the arguments is refused by the one parser before the command runs (no figures
     * printed, no 200,000 messages classified); parley-cli turns the UsageException into exit status 2.
     */
    @Test
    void aWrongTypedOrUnknownOptionIsAUsageErrorBeforeAnythingRuns() throws Exception {
        UsageException wrongType = assertThrows(UsageException.class,
                () -> command("bench classify").run(context("", null), List.of("--messages", "x")));
        assertTrue(wrongType.getMessage().contains("--messages"), wrongType.getMessage());
        UsageException unknown = assertThrows(UsageException.class,
                () -> command("eval").run(context("", null), List.of("--frobnicate")));
        assertTrue(unknown.getMessage().contains("--frobnicate"), unknown.getMessage());
        assertThrows(UsageException.class, () -> command("eval").run(context("", null), List.of()),
                "nothing to measure");
        assertThrows(UsageException.class, () -> command("eval").run(context("", null),
                List.of("--type", TWEETS.toString(), "--sentiment", TWEETS.toString())), "one kind at a time");
        assertThrows(UsageException.class,
                () -> command("topics show").run(context("", null), List.of("--version")), "--version needs a value");
        assertEquals("", out.toString(StandardCharsets.UTF_8), "nothing ran");
    }

    @Test
    void evalHelpPrintsTheGeneratedUsageNamingItsOptions() throws Exception {
        assertEquals(CliCommand.OK, command("eval").run(context("", null), List.of("--help")));
        String usage = out.toString(StandardCharsets.UTF_8);
        for (String option : List.of("--type=<csv>", "--topics=<csv>", "--sentiment=<file>", "--corpus=<folder>")) {
            assertTrue(usage.contains(option), option + " in\n" + usage);
        }
        assertTrue(usage.contains("measure the classifiers on a labelled file"), usage);
    }

    @Test
    void evalPrintsParleyAndTheBaselineSideBySide() throws Exception {
        assertTrue(Files.isReadable(TWEETS), "the sample data is in the repository: " + TWEETS.toAbsolutePath());
        assertEquals(CliCommand.OK, command("eval").run(context("", null), List.of("--sentiment", TWEETS.toString())));
        List<JsonNode> lines = lines();
        assertEquals(List.of("parley", "baseline"), lines.stream().map(l -> l.get("classifier").asText()).toList());
        double ours = lines.get(0).get("pearson_r").asDouble();
        double baseline = lines.get(1).get("pearson_r").asDouble();
        assertTrue(ours > baseline, "rules " + ours + " vs plain lexicon " + baseline);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("gold\\pred"), "the confusion matrix is shown");
    }

    /**
     * A training source is measured on a model trained in the run without it, next to plain VADER; a
     * file in the held-back formats (tweets to airlines as CSV, sentences with 0/1) is read and its
     * complaints counted.
     */
    @Test
    void evalHoldsOutEachTrainingSourceAndReadsTheHeldBackFormats() throws Exception {
        Path amazon = Path.of("../../testdata/sentiment/amazonReviewSnippets_GroundTruth.txt");
        Path tweets = workspace.resolve("to-brands.csv");
        Files.writeString(tweets, "tweet_id,airline_sentiment,text\n1,negative,\"@AcmeAir flight cancelled, "
                + "third time this month\"\n2,positive,@AcmeAir great crew thank you!\n3,neutral,"
                + "@AcmeAir what time does boarding start\n4,negative,@AcmeAir still no refund after 6 weeks\n");
        Path sentences = workspace.resolve("sentences.txt");
        Files.writeString(sentences, "Works great, love it.\t1\nBroke after two days, useless.\t0\n");
        assertEquals(CliCommand.OK, command("eval").run(context("", null), List.of("--sentiment", amazon.toString(),
                tweets.toString(), sentences.toString(), "--corpus", "../../testdata")));
        List<JsonNode> lines = lines();
        assertEquals(6, lines.size(), lines.toString());
        JsonNode parley = lines.get(0);
        assertEquals("vader-amazon", parley.get("source").asText());
        assertFalse(parley.get("in_training").asBoolean(), parley.toString());
        assertFalse(parley.get("trained_on").toString().contains("vader-amazon"), parley.toString());
        assertTrue(parley.get("trained_on").toString().contains("goemotions"), parley.toString());
        assertEquals("baseline", lines.get(1).get("classifier").asText());
        assertTrue(parley.get("macro_f1").asDouble() > lines.get(1).get("macro_f1").asDouble(),
                parley + " vs " + lines.get(1));
        JsonNode brands = lines.get(2);
        assertEquals(4, brands.get("n").asInt());
        assertEquals(2, brands.get("complaint_n").asInt());
        assertEquals(1.0, brands.get("complaint_recall").asDouble(), brands.toString());
        assertEquals(1.0, brands.get("complaint_precision").asDouble(), brands.toString());
        assertEquals(2, lines.get(4).get("n").asInt());
        assertFalse(err.toString(StandardCharsets.UTF_8).contains("warning"), err.toString(StandardCharsets.UTF_8));
    }

    /** The training program writes a model file that loads and names what it learned from. */
    @Test
    void trainSentimentModelWritesAModelFromTheCorpusFolder() throws Exception {
        Path corpus = workspace.resolve("corpus");
        String rated = "1\t2.5\tI love this, great service\n2\t-2.8\tawful, broken again\n3\t0.1\tThe box is blue\n";
        for (String file : List.of("tweets", "amazonReviewSnippets", "movieReviewSnippets", "nytEditorialSnippets")) {
            Files.createDirectories(corpus.resolve("sentiment"));
            Files.writeString(corpus.resolve("sentiment/" + file + "_GroundTruth.txt"), rated);
        }
        Files.createDirectories(corpus.resolve("sentiment/goemotions"));
        for (String split : List.of("train", "dev", "test")) {
            Files.writeString(corpus.resolve("sentiment/goemotions/" + split + ".tsv"),
                    "Thank you so much!\t15\tid1\nThis is infuriating\t2\tid2\nIt is Tuesday\t27\tid3\n"
                            + "Wow, really?\t26\tid4\n");
        }
        Path model = workspace.resolve("out/model.bin.gz");
        assertEquals(CliCommand.OK, command("train-sentiment-model").run(context("", null),
                List.of("--corpus", corpus.toString(), "--out", model.toString(), "--version", "test-7")));
        JsonNode report = lines().get(0);
        assertEquals("test-7", report.get("version").asText());
        assertEquals(5, report.get("trained_on").size(), report.toString());
        assertEquals(4 * 3 + 3 * 3, report.get("examples").asInt(), "the surprised comment is ambiguous: left out");
        try (java.io.InputStream in = Files.newInputStream(model)) {
            SentimentModel read = SentimentModel.read(in);
            assertEquals("test-7", read.version());
            assertEquals(Corpora.TRAINING_ORDER, read.trainedOn());
        }
    }

    private List<JsonNode> lines() throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> lines = new java.util.ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                lines.add(json.readTree(line));
            }
        }
        return lines;
    }

    private static CliCommand command(String name) throws InterruptedException {
        ClassificationServiceTest.service(org.parley.analytics.ClassificationService.class);
        return Services.command(name);
    }
    private CliContext context(String stdin, Store store) {
        return TestCliContext.of(workspace, store, stdin, out, err);
    }
}

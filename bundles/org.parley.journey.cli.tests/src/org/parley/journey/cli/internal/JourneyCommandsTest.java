/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.journey.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.parley.cli.command.CliCommand;
import org.parley.cli.command.CliContext;
import org.parley.cli.command.UsageException;
import org.parley.model.journey.JourneyMap;
import org.parley.journey.JourneyService;
import org.parley.store.Store;
import org.parley.store.StoreFactory;
import org.parley.store.StoreSettings;
import org.parley.testing.TestCliContext;
import org.parley.testing.Services;

/** The journey commands as parley-cli runs them: JSON lines out, clear errors. */
class JourneyCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path workspace;

    @TempDir
    Path files;

    private Store store;
    private JourneyService journeys;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void open() {
        store = service(StoreFactory.class).open(StoreSettings.embedded(workspace));
        journeys = service(JourneyService.class);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void listPrintsOneJsonObjectPerJourney() throws Exception {
        JourneyMap complaint = journeys.save(store, journeys.fromTemplate("social-complaint"));
        journeys.save(store, journeys.fromTemplate("reviews-purchase"));
        assertEquals(0, run("journey list"));
        List<JsonNode> lines = lines();
        assertEquals(2, lines.size());
        JsonNode first = lines.stream().filter(l -> l.get("stable_id").asText().equals(complaint.id())).findFirst()
                .orElseThrow();
        assertEquals(complaint.databaseId().longValue(), first.get("id").asLong());
        assertEquals(complaint.steps().size(), first.get("steps").asInt());
        assertEquals("Vocal customer", first.get("persona").asText());
    }

    @Test
    void exportThenImportIntoAFreshWorkspaceGivesTheSameFile() throws Exception {
        JourneyMap map = journeys.save(store, journeys.fromTemplate("reviews-purchase"));
        Path file = files.resolve("journey.json");
        assertEquals(0, run("journey export " + map.databaseId() + " --format json --out " + file));
        assertEquals(map.id(), lines().get(0).get("stable_id").asText());
        String exported = Files.readString(file);

        journeys.delete(store, map.databaseId());
        out.reset();
        assertEquals(0, run("journey import " + file));
        JsonNode imported = lines().get(0);
        assertEquals(map.id(), imported.get("stable_id").asText());
        assertEquals(false, imported.get("replaced").asBoolean());

        Path again = files.resolve("again.json");
        out.reset();
        assertEquals(0, run("journey export " + map.id() + " --format json --out " + again));
        assertEquals(exported, Files.readString(again));
        out.reset();
        assertEquals(0, run("journey import " + again));
        assertTrue(lines().get(0).get("replaced").asBoolean());
    }

    @Test
    void markdownGoesToStandardOutputAndNamesEveryStep() throws Exception {
        JourneyMap map = journeys.save(store, journeys.fromTemplate("social-complaint"));
        assertEquals(0, run("journey export " + map.id() + " --format md"));
        String md = out.toString(StandardCharsets.UTF_8);
        map.steps().forEach(step -> assertTrue(md.contains("### " + step.name()), step.name()));
        assertTrue(md.contains("0 interactions"), "figures of an empty workspace are zero");
    }

    @Test
    void theSvgIsValidXmlNamingEveryStageAndStepAndThePngIsAnImage() throws Exception {
        JourneyMap map = journeys.save(store, journeys.fromTemplate("social-complaint"));
        Path svg = files.resolve("map.svg");
        assertEquals(0, run("journey export " + map.id() + " --format svg --out " + svg));
        org.w3c.dom.Document document = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(svg.toFile());
        assertEquals("svg", document.getDocumentElement().getLocalName() == null
                ? document.getDocumentElement().getTagName()
                : document.getDocumentElement().getLocalName());
        String text = document.getDocumentElement().getTextContent();
        map.stages().forEach(stage -> assertTrue(text.contains(stage.name()), stage.name()));
        map.steps().forEach(step -> assertTrue(text.contains(step.name()), step.name()));

        Path png = files.resolve("map.png");
        assertEquals(0, run("journey export " + map.id() + " --format png --out " + png));
        byte[] bytes = Files.readAllBytes(png);
        assertTrue(bytes.length > 1000, "a real image, " + bytes.length + " bytes");
        assertEquals("PNG", new String(bytes, 1, 3, StandardCharsets.US_ASCII));
    }

    @Test
    void checkListsTheStepsAPlannerMustFix() throws Exception {
        JourneyMap map = journeys.save(store, journeys.fromTemplate("social-complaint"));
        assertEquals(0, run("journey check " + map.databaseId()));
        List<JsonNode> findings = lines();
        assertTrue(findings.stream().anyMatch(f -> f.get("code").asText().equals("step-without-touchpoint")
                && f.get("step").asText().equals("Hits a problem")), findings.toString());
        assertTrue(findings.stream().allMatch(f -> f.get("journey").asText().equals(map.id())));
    }

    @Test
    void figuresOfAnEmptyWorkspaceAreZeroForEveryTouchpoint() throws Exception {
        JourneyMap map = journeys.save(store, journeys.fromTemplate("social-complaint"));
        assertEquals(0, run("journey figures " + map.id() + " --days 7"));
        List<JsonNode> figures = lines();
        assertEquals(map.touchpoints().size(), figures.size());
        for (JsonNode figure : figures) {
            assertEquals(0, figure.get("volume").asLong());
            assertTrue(figure.get("average_sentiment").isNull());
            assertTrue(figure.get("median_first_response_seconds").isNull());
        }
    }

    @Test
    void benchTimesALargeJourneyAndLeavesNothingBehind() throws Exception {
        journeys.save(store, journeys.fromTemplate("social-complaint"));
        List<String> words = List.of("--steps", "40");
        assertEquals(0, command("bench journey-store").run(context(), words));
        JsonNode bench = lines().get(0);
        assertEquals(40, bench.get("steps").asInt());
        assertEquals(12, bench.get("lanes").asInt());
        for (String figure : List.of("save_new_ms", "load_ms", "save_replace_ms", "check_ms", "export_json_ms",
                "import_json_ms", "figures_ms")) {
            assertTrue(bench.get(figure).asLong() >= 0, figure);
        }
        assertEquals(1, bench.get("figures_journeys").asInt());
        assertEquals(1, journeys.list(store).size(), "the benchmark journey is gone");
    }

    @Test
    void mistakesSayWhatIsWrong() throws Exception {
        assertTrue(assertThrows(UsageException.class, () -> run("journey export 42 --format json")).getMessage()
                .contains("No journey '42'"));
        journeys.save(store, journeys.fromTemplate("social-complaint"));
        String id = journeys.list(store).get(0).id();
        assertTrue(assertThrows(UsageException.class, () -> run("journey export " + id + " --format pdf"))
                .getMessage().contains("json, svg, png, md"));
        Path bad = files.resolve("bad.json");
        Files.writeString(bad, "{\"format\":\"parley-journey\",\"formatVersion\":1,\"id\":\"x\",\"stages\":{}}");
        assertEquals(CliCommand.FAILED, run("journey import " + bad));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("stages must be a list"), err.toString());
        assertTrue(assertThrows(UsageException.class, () -> run("journey import " + files.resolve("none.json")))
                .getMessage().contains("No such file"));
    }

    @Test
    void aWrongOrUnknownOptionIsAUsageErrorBeforeAnythingRunsAndHelpNamesTheOptions() throws Exception {
        JourneyMap map = journeys.save(store, journeys.fromTemplate("social-complaint"));
        Path file = files.resolve("exported.json");
        UsageException typed = assertThrows(UsageException.class,
                () -> run("journey export " + map.id() + " --format json --out " + file + " --days x"));
        assertTrue(typed.getMessage().contains("--days") && typed.getMessage().contains("'x'"), typed.getMessage());
        assertFalse(Files.exists(file), "nothing exported");
        UsageException steps = assertThrows(UsageException.class,
                () -> command("bench journey-store").run(context(), List.of("--steps", "x")));
        assertTrue(steps.getMessage().contains("--steps"), steps.getMessage());
        assertTrue(assertThrows(UsageException.class, () -> run("journey list --all")).getMessage()
                .contains("--all"));
        assertThrows(UsageException.class, () -> run("journey check"));
        assertThrows(UsageException.class, () -> run("journey export " + map.id()), "--format is required");
        assertThrows(UsageException.class, () -> command("bench journey-store").run(context(), List.of("--steps",
                "0")));
        assertEquals(1, journeys.list(store).size(), "no benchmark journey was saved");
        assertEquals("", out.toString(StandardCharsets.UTF_8));

        assertEquals(0, run("journey export " + map.id() + " --format=json --out=" + file), "--opt=value works");
        assertEquals(map.id(), stableId(file));

        out.reset();
        assertEquals(0, run("journey export --help"));
        String help = out.toString(StandardCharsets.UTF_8);
        for (String word : List.of("<id>", "--format", "json|svg|png|md", "--out", "--days", "(default 30)")) {
            assertTrue(help.contains(word), word + " in " + help);
        }
        out.reset();
        assertEquals(0, command("bench journey-store").run(context(), List.of("--help")));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("--steps=<n>"), out.toString());
        assertEquals(1, journeys.list(store).size(), "--help ran nothing");
    }

    private static String stableId(Path file) throws Exception {
        return JSON.readTree(file.toFile()).get("id").asText();
    }

    private int run(String line) throws Exception {
        List<String> words = new ArrayList<>(List.of(line.split(" ")));
        String name = words.remove(0) + " " + words.remove(0);
        return command(name).run(context(), words);
    }

    private List<JsonNode> lines() throws Exception {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                lines.add(JSON.readTree(line));
            }
        }
        return lines;
    }

    private CliContext context() {
        return TestCliContext.of(workspace, store, "", out, err);
    }
    private static CliCommand<?> command(String name) {
        service(JourneyService.class);
        return Services.command(name);
    }
    private static <T> T service(Class<T> type) {
        BundleContext context = FrameworkUtil.getBundle(JourneyCommandsTest.class).getBundleContext();
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        try {
            T service = tracker.waitForService(10_000);
            assertNotNull(service, type.getSimpleName() + " is registered");
            return service;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}

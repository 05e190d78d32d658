/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.util.tracker.ServiceTracker;
import org.parley.cli.command.CliCommand;
import org.parley.cli.command.CliContext;
import org.parley.cli.command.UsageException;
import org.parley.demo.DemoWorkspace;
import org.parley.model.Customer;
import org.parley.model.Identity;
import org.parley.store.InteractionRow;
import org.parley.store.Store;
import org.parley.store.StoreFactory;
import org.parley.store.StoreSettings;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** parley-cli as a user runs it: JSON out, usage and a non-zero exit code for mistakes. */
class ParleyCliTest {

    @TempDir
    Path workspace;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void infoOnANewWorkspacePrintsOneJsonObjectWithZeroCounts() throws Exception {
        assertEquals(0, cli().run("--data", workspace.toString(), "info"));
        JsonNode info = new ObjectMapper().readTree(stdout());
        assertEquals(workspace.toAbsolutePath().toString(), info.get("workspace").asText());
        assertTrue(info.get("database_url").asText().startsWith("jdbc:derby:" + workspace.toAbsolutePath()));
        assertEquals(services(StoreFactory.class).currentSchemaVersion(), info.get("schema_version").asInt());
        for (String kind : List.of("customers", "identities", "interactions", "journeys", "canvases")) {
            assertEquals(0, info.get("counts").get(kind).asLong(), kind);
        }
        assertEquals(1, stdout().strip().lines().count(), "exactly one line of JSON");
    }

    @Test
    void demoSeedsARealisticWorkspaceOnceAndInfoCountsIt() throws Exception {
        assertEquals(0, cli().run("--data", workspace.toString(), "demo"));
        JsonNode seeded = new ObjectMapper().readTree(stdout());
        assertTrue(seeded.get("seeded").asBoolean());
        out.reset();
        assertEquals(0, cli().run("--data", workspace.toString(), "info"));
        JsonNode counts = new ObjectMapper().readTree(stdout()).get("counts");
        assertTrue(counts.get("customers").asLong() >= 50, counts.toString());
        assertTrue(counts.get("interactions").asLong() >= 300, counts.toString());
        assertTrue(counts.get("identities").asLong() > counts.get("customers").asLong(), counts.toString());
        assertEquals(2, counts.get("journeys").asLong());
        assertEquals(1, counts.get("canvases").asLong());
        assertEquals(2, counts.get("personas").asLong());

        out.reset();
        assertEquals(0, cli().run("--data", workspace.toString(), "demo"));
        assertFalse(new ObjectMapper().readTree(stdout()).get("seeded").asBoolean(), "seeding happens once");
        assertEquals(counts, new ObjectMapper().readTree(stdout()).get("workspace").get("counts"));
    }

    @Test
    void theDemoSpreadsInteractionsOverThirtyDaysAndSixChannels() throws Exception {
        Instant now = Instant.parse("2026-11-23T12:00:00Z");
        try (Store store = services(StoreFactory.class).open(StoreSettings.embedded(workspace))) {
            services(DemoWorkspace.class).seed(store, now);
            List<InteractionRow> rows = store.interactions().rows(10_000);
            assertEquals(Set.of("email", "x", "facebook", "forum", "review", "phone"),
                    rows.stream().map(InteractionRow::channel).collect(Collectors.toSet()));
            Instant oldest = rows.get(rows.size() - 1).occurredAt();
            assertTrue(Duration.between(oldest, now).toDays() >= 25, "oldest " + oldest);
            assertFalse(rows.get(0).occurredAt().isAfter(now));
            Customer someone = store.customers().find(store.customers().rows(1).get(0).id()).orElseThrow();
            Set<String> channels = someone.getIdentities().stream().map(Identity::getChannel)
                    .collect(Collectors.toCollection(TreeSet::new));
            assertTrue(channels.size() >= 2, "customers are seen on several channels: " + channels);
        }
    }

    @Test
    void benchTimesTheListQueriesOnTheWorkspacesOwnData() throws Exception {
        assertEquals(0, cli().run("--data", workspace.toString(), "demo"));
        long seeded = new ObjectMapper().readTree(stdout()).get("interactions").asLong();
        assertTrue(seeded >= 320, "at least the default number: " + seeded);
        out.reset();
        assertEquals(0, cli().run("--data", workspace.toString(), "bench"));
        JsonNode figures = new ObjectMapper().readTree(stdout());
        assertEquals(seeded, figures.get("interactions").asLong());
        for (String list : List.of("interaction_list_ms", "newest_500_ms", "customer_list_ms", "journey_list_ms")) {
            assertEquals(3, figures.get(list).size(), list);
            figures.get(list).forEach(ms -> assertTrue(ms.asLong() >= 0, list));
        }
    }

    @Test
    void unknownCommandsAndBadArgumentsPrintUsageAndExitNonZero() {
        assertEquals(ParleyCli.USAGE, cli().run("--data", workspace.toString(), "frobnicate"));
        assertTrue(stderr().contains("unknown command 'frobnicate'"), stderr());
        assertTrue(stderr().contains("Usage: parley-cli"), stderr());
        assertEquals(ParleyCli.USAGE, cli().run("--data"));
        assertEquals(ParleyCli.USAGE, cli().run("--colour", "info"));
        assertEquals(ParleyCli.USAGE, cli().run());
        assertEquals(ParleyCli.USAGE, cli().run("--data", workspace.toString(), "info", "extra"));
        assertEquals(ParleyCli.USAGE, cli().run("--data", workspace.toString(), "demo", "--interactions", "lots"));
        assertEquals(ParleyCli.USAGE, cli().run("--data", workspace.toString(), "demo", "--interactions", "0"));
        assertEquals(ParleyCli.USAGE, cli().run("--data", workspace.toString(), "info", "--interactions", "9"));
        assertEquals("", stdout(), "nothing on standard output when the command line is wrong");
        assertEquals(0, cli().run("help"));
        assertTrue(stdout().contains("demo"));
    }

    @Test
    void aCommandRegisteredByAnotherBundleRunsAndIsListedInTheHelp() {
        BundleContext context = FrameworkUtil.getBundle(ParleyCliTest.class).getBundleContext();
        CliCommand<EchoArguments> echo = new CliCommand<>() {
            @Override
            public String summary() {
                return "print the words after it and whether a workspace was given";
            }

            @Override
            public EchoArguments arguments() {
                return new EchoArguments();
            }

            @Override
            public int execute(CliContext cli, EchoArguments arguments) {
                if (arguments.words.contains("nothing")) {
                    throw new UsageException("say what to echo");
                }
                cli.out().println(String.join(",", arguments.words) + " " + cli.workspaceGiven()
                        + (arguments.times > 1 ? " x" + arguments.times : ""));
                return OK;
            }
        };
        ServiceRegistration<CliCommand> registration = context.registerService(CliCommand.class, echo,
                FrameworkUtil.asDictionary(Map.of(CliCommand.NAME, "bench echo")));
        try {
            assertEquals(0, cli().run("bench", "echo", "a", "--data", workspace.toString(), "b"));
            assertEquals("a,b true", stdout().strip(), "the longest name wins over the built-in 'bench'");
            out.reset();
            assertEquals(ParleyCli.USAGE, cli().run("bench", "echo"));
            assertTrue(stderr().contains("Missing required parameter: '<word>'"), stderr());
            assertTrue(stderr().contains("Usage: parley-cli [--data <workspace>] bench echo [--times=<n>] <word>..."),
                    stderr());
            assertEquals(ParleyCli.USAGE, cli().run("bench", "echo", "nothing"));
            assertTrue(stderr().contains("say what to echo"), "the command's own check: " + stderr());
            assertEquals(ParleyCli.USAGE, cli().run("bench", "echo", "a", "--times", "often"));
            assertTrue(stderr().contains("'often' is not an int"), stderr());
            assertEquals("", stdout(), "nothing on standard output for a mistake");
            assertEquals(0, cli().run("bench", "echo", "a", "--times=3"));
            assertEquals("a false x3", stdout().strip());
            out.reset();
            assertEquals(0, cli().run("bench", "echo", "--help"));
            assertTrue(stdout().contains("print the words after it"), stdout());
            assertTrue(stdout().contains("--times=<n>"), stdout());
            out.reset();
            assertEquals(0, cli().run("help"));
            assertTrue(stdout().contains("bench echo [--times=<n>] <word>...\n      print the words after it"),
                    stdout());
        } finally {
            registration.unregister();
        }
        out.reset();
        assertEquals(ParleyCli.USAGE, cli().run("bench", "echo", "a"), "gone with its bundle");
    }

    /** The echo command's arguments, declared as every command declares them. */
    static final class EchoArguments {
        @Parameters(paramLabel = "<word>", arity = "1..*", description = "what to print")
        List<String> words = List.of();
        @Option(names = "--times", paramLabel = "<n>", description = "how many times")
        int times = 1;
    }

    private ParleyCli cli() {
        try {
            return Commands.cli(FrameworkUtil.getBundle(ParleyCliTest.class).getBundleContext(), workspace,
                    InputStream.nullInputStream(), new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    static <T> T services(Class<T> type) {
        BundleContext context = FrameworkUtil.getBundle(ParleyCliTest.class).getBundleContext();
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

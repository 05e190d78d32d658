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

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.parley.demo.DemoSummary;
import org.parley.demo.DemoWorkspace;
import org.parley.store.Store;
import org.parley.store.StoreException;
import org.parley.store.StoreFactory;
import org.parley.store.StoreInfo;
import org.parley.store.StoreSettings;

/**
 * The commands of {@code parley-cli}. Results go to standard output as JSON, one object per line;
 * problems go to standard error with a non-zero exit code.
 */
public final class ParleyCli {

    /** Exit code for bad usage. */
    public static final int USAGE = 2;
    /** Exit code when the command ran and failed. */
    public static final int FAILED = 1;

    static final int MAX_DEMO_INTERACTIONS = 2_000_000;

    static final String HELP = """
            Usage: parley-cli [--data <workspace folder>] <command>

            Commands:
              info    print the workspace, database, schema version and counts as JSON
              demo    seed the workspace with demo data (once), then print what was added;
                      --interactions <n> makes a larger demo (default %d) to try Parley at scale
              bench   time the queries behind the workbench's lists on this workspace (3 runs each)
              help    print this help

            The workspace defaults to ~/parley-workspace.""".formatted(DemoWorkspace.DEFAULT_INTERACTIONS);

    private final StoreFactory stores;
    private final DemoWorkspace demo;
    private final Path defaultWorkspace;
    private final PrintStream out;
    private final PrintStream err;
    private final ObjectMapper json = new ObjectMapper();

    public ParleyCli(StoreFactory stores, DemoWorkspace demo, Path defaultWorkspace, PrintStream out,
            PrintStream err) {
        this.stores = stores;
        this.demo = demo;
        this.defaultWorkspace = defaultWorkspace;
        this.out = out;
        this.err = err;
    }

    /** Runs one command line; returns the process exit code. */
    public int run(String... args) {
        Deque<String> rest = new ArrayDeque<>(List.of(args));
        Path workspace = defaultWorkspace;
        Integer interactions = null;
        List<String> words = new ArrayList<>();
        while (!rest.isEmpty()) {
            String arg = rest.pop();
            if ("--data".equals(arg) || "-data".equals(arg)) {
                if (rest.isEmpty() || rest.peek().startsWith("-")) {
                    return usage("--data needs a workspace folder");
                }
                workspace = Path.of(rest.pop());
            } else if ("--interactions".equals(arg)) {
                interactions = count(rest.poll());
                if (interactions == null) {
                    return usage("--interactions needs a number from 1 to " + MAX_DEMO_INTERACTIONS);
                }
            } else if (arg.startsWith("-") && !"--help".equals(arg) && !"-h".equals(arg)) {
                return usage("unknown option " + arg);
            } else {
                words.add(arg);
            }
        }
        if (words.isEmpty()) {
            return usage("no command given");
        }
        if (interactions != null && !"demo".equals(words.get(0))) {
            return usage("--interactions goes with demo");
        }
        return dispatch(words, workspace, interactions == null ? DemoWorkspace.DEFAULT_INTERACTIONS : interactions);
    }

    private static Integer count(String text) {
        try {
            int value = Integer.parseInt(text);
            return value >= 1 && value <= MAX_DEMO_INTERACTIONS ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private int dispatch(List<String> words, Path workspace, int demoInteractions) {
        String command = words.get(0);
        if (List.of("help", "--help", "-h").contains(command)) {
            out.println(HELP);
            return 0;
        }
        if (!List.of("info", "demo", "bench").contains(command)) {
            return usage("unknown command '" + command + "'");
        }
        if (words.size() > 1) {
            return usage("'" + command + "' takes no arguments, got " + words.subList(1, words.size()));
        }
        try (Store store = stores.open(StoreSettings.forWorkspace(workspace))) {
            ObjectNode result = switch (command) {
                case "info" -> info(store.info());
                case "bench" -> new ListBenchmark(json).run(store);
                default -> demo(store, demoInteractions);
            };
            out.println(json.writeValueAsString(result));
            return 0;
        } catch (StoreException e) {
            err.println("parley-cli: " + e.getMessage());
            return FAILED;
        } catch (JsonProcessingException e) {
            err.println("parley-cli: cannot write JSON: " + e.getMessage());
            return FAILED;
        }
    }

    private ObjectNode info(StoreInfo info) {
        ObjectNode node = json.createObjectNode();
        node.put("workspace", info.workspace().toString());
        node.put("database_url", info.databaseUrl());
        node.put("schema_version", info.schemaVersion());
        ObjectNode counts = node.putObject("counts");
        for (Map.Entry<String, Long> count : info.counts().entrySet()) {
            counts.put(count.getKey(), count.getValue());
        }
        return node;
    }

    private ObjectNode demo(Store store, int interactions) {
        DemoSummary summary = demo.seed(store, Instant.now(), interactions);
        ObjectNode node = json.createObjectNode();
        node.put("seeded", summary.seeded());
        if (!summary.seeded()) {
            node.put("message", "the workspace was seeded before; nothing added");
        }
        node.put("customers", summary.customers());
        node.put("identities", summary.identities());
        node.put("interactions", summary.interactions());
        node.put("journeys", summary.journeys());
        node.set("workspace", info(store.info()));
        return node;
    }

    private int usage(String problem) {
        err.println("parley-cli: " + problem);
        err.println(HELP);
        return USAGE;
    }
}

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

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.parley.cli.command.Arguments;
import org.parley.cli.command.CliCommand;
import org.parley.cli.command.CliContext;
import org.parley.cli.command.UsageException;
import org.parley.store.Store;
import org.parley.store.StoreException;
import org.parley.store.StoreFactory;
import org.parley.store.StoreSettings;

/**
 * The command line of {@code parley-cli}: takes out the global options, finds the command (built in
 * or contributed as a {@link CliCommand} service), runs it against the workspace and turns problems
 * into exit codes. Results go to standard output as JSON, one object per line; problems go to
 * standard error with a non-zero exit code.
 */
public final class ParleyCli {

    /** Exit code for bad usage. */
    public static final int USAGE = CliCommand.USAGE;
    /** Exit code when the command ran and failed. */
    public static final int FAILED = CliCommand.FAILED;

    /**
     * The global option that shows every log record on standard error, not only warnings and errors.
     */
    public static final String VERBOSE = "--verbose";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final StoreFactory stores;
    private final CommandCatalog commands;
    private final Path defaultWorkspace;
    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;

    public ParleyCli(StoreFactory stores, CommandCatalog commands, Path defaultWorkspace, InputStream in,
            PrintStream out, PrintStream err) {
        this.stores = stores;
        this.commands = commands;
        this.defaultWorkspace = defaultWorkspace;
        this.in = in;
        this.out = out;
        this.err = err;
    }

    /** Runs one command line; returns the process exit code. */
    public int run(String... args) {
        Path workspace = null;
        List<String> words = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if ("--data".equals(arg) || "-data".equals(arg)) {
                if (i + 1 == args.length || args[i + 1].startsWith("-")) {
                    return usage("--data needs a workspace folder");
                }
                workspace = Path.of(args[++i]);
            } else if (VERBOSE.equals(arg)) {
                continue; // read by the application before the run, for the log's console threshold
            } else if (words.isEmpty() && List.of("--help", "-h").contains(arg)) {
                words.add("help");
            } else if (words.isEmpty() && arg.startsWith("-")) {
                return usage("unknown option " + arg);
            } else {
                words.add(arg);
            }
        }
        if (words.isEmpty()) {
            return usage("no command given");
        }
        if ("help".equals(words.get(0))) {
            return help(words.subList(1, words.size()));
        }
        Optional<CommandCatalog.Match> match = commands.find(words);
        if (match.isEmpty()) {
            return usage("unknown command '" + words.get(0) + "'");
        }
        return run(match.get(), words, workspace);
    }

    /** The workspace a command line names with {@code --data}, or the given default. */
    public static Path workspaceOf(String[] args, Path fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if ("--data".equals(args[i]) || "-data".equals(args[i])) {
                return Path.of(args[i + 1]);
            }
        }
        return fallback;
    }

    /** Whether a command line asks for {@code --verbose}. */
    public static boolean verbose(String[] args) {
        return List.of(args).contains(VERBOSE);
    }

    private int run(CommandCatalog.Match match, List<String> words, Path workspace) {
        List<String> rest = words.subList(match.words(), words.size());
        CliCommand<?> command = match.command();
        try (Context context = new Context(workspace, match.name())) {
            return Arguments.run(command, context, rest, context.name);
        } catch (UsageException e) {
            err.println("parley-cli: " + e.getMessage());
            err.print(Arguments.usage(command, match.name()));
            return USAGE;
        } catch (StoreException e) {
            err.println("parley-cli: " + e.getMessage());
            return FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("parley-cli: interrupted");
            return FAILED;
        } catch (Exception e) {
            err.println("parley-cli: " + match.name() + " failed: "
                    + (e.getMessage() == null ? e.getClass().getName() : e.getMessage()));
            return FAILED;
        }
    }

    private int help(List<String> about) {
        if (about.isEmpty()) {
            out.println(help());
            return 0;
        }
        if (about.equals(List.of("--json"))) {
            // one line per command, for scripts (the product's smoke test checks every command's --help)
            for (Map.Entry<String, CliCommand<?>> command : commands.all().entrySet()) {
                out.println(JSON.createObjectNode().put("name", command.getKey())
                        .put("synopsis", Arguments.synopsis(command.getValue()))
                        .put("summary", command.getValue().summary()));
            }
            return 0;
        }
        Optional<CommandCatalog.Match> match = commands.find(about);
        if (match.isEmpty()) {
            return usage("unknown command '" + String.join(" ", about) + "'");
        }
        out.print(Arguments.usage(match.get().command(), match.get().name()));
        return 0;
    }

    /** The help text, listing every command found now. */
    String help() {
        StringBuilder text = new StringBuilder(
                "Usage: parley-cli [--data <workspace folder>] [--verbose] <command>\n\nCommands:\n");
        for (Map.Entry<String, CliCommand<?>> command : commands.all().entrySet()) {
            String synopsis = Arguments.synopsis(command.getValue());
            text.append("  ").append(command.getKey()).append(synopsis.isEmpty() ? "" : " " + synopsis).append('\n');
            text.append("      ").append(command.getValue().summary()).append('\n');
        }
        text.append("  help [<command> | --json]\n      print this help, the usage of one command (also: <command>"
                + " --help), or every command as JSON lines\n");
        text.append("\nThe workspace defaults to ").append(defaultWorkspace).append(". Standard error shows warnings")
                .append(" and errors;\n--verbose shows every log record. The workspace keeps them all in .parley/")
                .append(CliLogging.FILE).append('.');
        return text.toString();
    }

    private int usage(String problem) {
        err.println("parley-cli: " + problem);
        err.println(help());
        return USAGE;
    }

    /** The workspace, its store (opened on first use) and the streams of one run. */
    private final class Context implements CliContext, AutoCloseable {

        private final Path workspace;
        private final boolean given;
        private final String name;
        private Store store;

        Context(Path workspace, String name) {
            this.name = name;
            this.given = workspace != null;
            this.workspace = given ? workspace : defaultWorkspace;
        }

        @Override
        public Path workspace() {
            return workspace;
        }

        @Override
        public boolean workspaceGiven() {
            return given;
        }

        @Override
        public Store store() {
            if (store == null) {
                store = stores.open(StoreSettings.forWorkspace(workspace));
            }
            return store;
        }

        @Override
        public InputStream in() {
            return in;
        }

        @Override
        public PrintStream out() {
            return out;
        }

        @Override
        public PrintStream err() {
            return err;
        }

        @Override
        public void close() {
            if (store != null) {
                store.close();
            }
        }
    }
}

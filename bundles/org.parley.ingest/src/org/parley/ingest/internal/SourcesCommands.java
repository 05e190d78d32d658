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

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parley.channels.Listener;
import org.parley.cli.command.CliCommand;
import org.parley.cli.command.CliContext;
import org.parley.cli.command.UsageException;
import org.parley.ingest.IngestReport;
import org.parley.ingest.IngestService;
import org.parley.ingest.SecretStore;
import org.parley.ingest.Source;

/** {@code sources}, {@code sources add}, {@code sources set-secret} and {@code pull}. */
public final class SourcesCommands {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SourcesCommands() {
    }

    static ObjectNode describe(Source source, SecretStore secrets, CliContext context) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", source.id());
        node.put("connector", source.connectorId());
        node.put("name", source.name());
        ObjectNode settings = node.putObject("settings");
        source.settings().forEach(settings::put);
        var keys = node.putArray("secrets");
        secrets.keys(context.workspace(), source.id()).forEach(keys::add);
        if (source.schedule() != null) {
            node.put("every_seconds", source.schedule().toSeconds());
        }
        if (source.lastRunAt() != null) {
            node.put("last_run_at", source.lastRunAt().toString());
        }
        if (source.lastReport() != null) {
            node.set("last_report", JSON.valueToTree(source.lastReport()));
        }
        if (source.lastError() != null) {
            node.put("last_error", source.lastError());
        }
        return node;
    }

    static long sourceId(String word) {
        try {
            return Long.parseLong(word);
        } catch (NumberFormatException e) {
            throw new UsageException("'" + word + "' is not a source id");
        }
    }

    /** {@code sources}: the configured sources as JSON lines. */
    @Component(property = CliCommand.NAME + "=sources")
    public static final class ListSources implements CliCommand {
        private final IngestService ingest;
        private final SecretStore secrets;

        @Activate
        public ListSources(@Reference IngestService ingest, @Reference SecretStore secrets) {
            this.ingest = ingest;
            this.secrets = secrets;
        }

        @Override
        public String synopsis() {
            return "";
        }

        @Override
        public String summary() {
            return "list the configured sources as JSON lines (also: sources add, sources set-secret)";
        }

        @Override
        public int run(CliContext context, List<String> args) throws Exception {
            if (!args.isEmpty()) {
                throw new UsageException("'sources' takes no arguments");
            }
            for (Source source : ingest.sources(context.store())) {
                context.out().println(JSON.writeValueAsString(describe(source, secrets, context)));
            }
            return OK;
        }
    }

    /** {@code sources add <connector-id> <name> [key=value ...] [--every <seconds>]}. */
    @Component(property = CliCommand.NAME + "=sources add")
    public static final class Add implements CliCommand {
        private final IngestService ingest;
        private final SecretStore secrets;

        @Activate
        public Add(@Reference IngestService ingest, @Reference SecretStore secrets) {
            this.ingest = ingest;
            this.secrets = secrets;
        }

        @Override
        public String synopsis() {
            return "<connector-id> <name> [key=value ...] [--every <seconds>]";
        }

        @Override
        public String summary() {
            return "add a source (non-secret settings only; secrets with 'sources set-secret')";
        }

        @Override
        public int run(CliContext context, List<String> args) throws Exception {
            if (args.size() < 2) {
                throw new UsageException("'sources add' takes a connector id and a name");
            }
            Map<String, String> settings = new LinkedHashMap<>();
            Duration every = null;
            for (int i = 2; i < args.size(); i++) {
                String arg = args.get(i);
                if ("--every".equals(arg) && i + 1 < args.size()) {
                    every = Duration.ofSeconds(sourceId(args.get(++i)));
                } else if (arg.indexOf('=') > 0) {
                    settings.put(arg.substring(0, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
                } else {
                    throw new UsageException("'" + arg + "' is not key=value");
                }
            }
            if (ingest.connector(args.get(0)).isEmpty()) {
                throw new UsageException("unknown connector '" + args.get(0) + "'");
            }
            try {
                Source saved = ingest.save(context.store(), Source.of(args.get(0), args.get(1), settings, every));
                context.out().println(JSON.writeValueAsString(describe(saved, secrets, context)));
                return OK;
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
        }
    }

    /** {@code sources set-secret <source-id> <key>}: reads the value from standard input. */
    @Component(property = CliCommand.NAME + "=sources set-secret")
    public static final class SetSecret implements CliCommand {
        private final IngestService ingest;
        private final SecretStore secrets;

        @Activate
        public SetSecret(@Reference IngestService ingest, @Reference SecretStore secrets) {
            this.ingest = ingest;
            this.secrets = secrets;
        }

        @Override
        public String synopsis() {
            return "<source-id> <key>   (the value is read from standard input)";
        }

        @Override
        public String summary() {
            return "keep a secret setting of a source in secure storage, read from standard input";
        }

        @Override
        public int run(CliContext context, List<String> args) throws Exception {
            if (args.size() != 2) {
                throw new UsageException("'sources set-secret' takes a source id and a key");
            }
            long id = sourceId(args.get(0));
            if (ingest.source(context.store(), id).isEmpty()) {
                throw new UsageException("there is no source " + id);
            }
            String value = new BufferedReader(new InputStreamReader(context.in(), StandardCharsets.UTF_8)).readLine();
            if (value == null || value.isEmpty()) {
                throw new UsageException("no secret on standard input");
            }
            secrets.put(context.workspace(), id, args.get(1), value.toCharArray());
            context.out().println("{\"source\":" + id + ",\"secret\":" + JSON.writeValueAsString(args.get(1)) + "}");
            return OK;
        }
    }

    /** {@code pull <source-id>}: pulls a source now. */
    @Component(property = CliCommand.NAME + "=pull")
    public static final class Pull implements CliCommand {
        private final IngestService ingest;

        @Activate
        public Pull(@Reference IngestService ingest) {
            this.ingest = ingest;
        }

        @Override
        public String synopsis() {
            return "<source-id>";
        }

        @Override
        public String summary() {
            return "pull new and changed messages of a source now; prints the counts as JSON";
        }

        @Override
        public int run(CliContext context, List<String> args) throws Exception {
            if (args.size() != 1) {
                throw new UsageException("'pull' takes a source id");
            }
            long id = sourceId(args.get(0));
            if (ingest.source(context.store(), id).isEmpty()) {
                throw new UsageException("there is no source " + id);
            }
            IngestReport report = ingest.pull(context.store(), id, null);
            context.out().println(report.toJson());
            return OK;
        }
    }

    /**
     * {@code listen <source-id> [--seconds N]}: opens a push source's endpoint (a webhook) and stores
     * what is pushed until the process is stopped (or for N seconds).
     */
    @Component(property = CliCommand.NAME + "=listen")
    public static final class Listen implements CliCommand {
        private final IngestService ingest;

        @Activate
        public Listen(@Reference IngestService ingest) {
            this.ingest = ingest;
        }

        @Override
        public String synopsis() {
            return "<source-id> [--seconds N]";
        }

        @Override
        public String summary() {
            return "receive pushed messages (webhook) for a source until stopped; prints the endpoint as JSON";
        }

        @Override
        public int run(CliContext context, List<String> args) throws Exception {
            if (args.size() != 1 && !(args.size() == 3 && "--seconds".equals(args.get(1)))) {
                throw new UsageException("'listen' takes a source id and optionally --seconds N");
            }
            long id = sourceId(args.get(0));
            long seconds = args.size() == 3 ? seconds(args.get(2)) : 0;
            if (ingest.source(context.store(), id).isEmpty()) {
                throw new UsageException("there is no source " + id);
            }
            CountDownLatch stop = new CountDownLatch(1);
            try (Listener listener = listen(context, id)) {
                Thread hook = new Thread(stop::countDown, "parley listen stop");
                Runtime.getRuntime().addShutdownHook(hook);
                context.out().println("{\"source\":" + id + ",\"endpoint\":"
                        + JSON.writeValueAsString(listener.endpoint().toString()) + "}");
                context.out().flush();
                if (seconds > 0) {
                    stop.await(seconds, TimeUnit.SECONDS);
                    Runtime.getRuntime().removeShutdownHook(hook);
                } else {
                    stop.await();
                }
            }
            return OK;
        }

        /** Opens the endpoint; a source whose connector receives no pushed messages is a usage mistake. */
        private Listener listen(CliContext context, long id) throws IOException {
            try {
                return ingest.listen(context.store(), id);
            } catch (IllegalArgumentException e) {
                throw new UsageException("source " + id + ": " + e.getMessage());
            }
        }

        private static long seconds(String word) {
            try {
                long value = Long.parseLong(word);
                if (value > 0) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // falls through to the usage error
            }
            throw new UsageException("--seconds takes a positive whole number, not '" + word + "'");
        }
    }
}

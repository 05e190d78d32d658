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
import org.parley.cli.command.NoArguments;
import org.parley.cli.command.UsageException;
import org.parley.ingest.IngestReport;
import org.parley.ingest.IngestService;
import org.parley.ingest.SecretStore;
import org.parley.ingest.Source;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

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

    /** The one source a command acts on. */
    static class SourceId {
        @Parameters(index = "0", paramLabel = "<source-id>", description = "the source's id (see 'sources')")
        long id;
    }

    /** {@code sources}: the configured sources as JSON lines. */
    @Component(property = CliCommand.NAME + "=sources")
    public static final class ListSources implements CliCommand<NoArguments> {
        private final IngestService ingest;
        private final SecretStore secrets;

        @Activate
        public ListSources(@Reference IngestService ingest, @Reference SecretStore secrets) {
            this.ingest = ingest;
            this.secrets = secrets;
        }

        @Override
        public NoArguments arguments() {
            return new NoArguments();
        }

        @Override
        public String summary() {
            return "list the configured sources as JSON lines (also: sources add, sources set-secret)";
        }

        @Override
        public int execute(CliContext context, NoArguments none) throws Exception {
            for (Source source : ingest.sources(context.store())) {
                context.out().println(JSON.writeValueAsString(describe(source, secrets, context)));
            }
            return OK;
        }
    }

    /** {@code sources add <connector-id> <name> [key=value ...] [--every <seconds>]}. */
    @Component(property = CliCommand.NAME + "=sources add")
    public static final class Add implements CliCommand<Add.Arguments> {
        private final IngestService ingest;
        private final SecretStore secrets;

        @Activate
        public Add(@Reference IngestService ingest, @Reference SecretStore secrets) {
            this.ingest = ingest;
            this.secrets = secrets;
        }

        /** The new source. */
        static final class Arguments {
            @Parameters(index = "0", paramLabel = "<connector-id>", description = "the connector that reads it"
                    + " (see 'connectors')")
            String connectorId;
            @Parameters(index = "1", paramLabel = "<name>", description = "what the source is called")
            String name;
            @Parameters(index = "2..*", paramLabel = "<key=value>", description = "the connector's settings"
                    + " (non-secret)")
            List<String> settings = List.of();
            @Option(names = "--every", paramLabel = "<seconds>", description = "pull it on this schedule")
            Long every;
        }

        @Override
        public Arguments arguments() {
            return new Arguments();
        }

        @Override
        public String summary() {
            return "add a source (non-secret settings only; secrets with 'sources set-secret')";
        }

        @Override
        public int execute(CliContext context, Arguments arguments) throws Exception {
            Map<String, String> settings = new LinkedHashMap<>();
            for (String arg : arguments.settings) {
                if (arg.indexOf('=') > 0) {
                    settings.put(arg.substring(0, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
                } else {
                    throw new UsageException("'" + arg + "' is not key=value");
                }
            }
            Duration every = arguments.every == null ? null : Duration.ofSeconds(arguments.every);
            if (ingest.connector(arguments.connectorId).isEmpty()) {
                throw new UsageException("unknown connector '" + arguments.connectorId + "'");
            }
            try {
                Source saved = ingest.save(context.store(),
                        Source.of(arguments.connectorId, arguments.name, settings, every));
                context.out().println(JSON.writeValueAsString(describe(saved, secrets, context)));
                return OK;
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
        }
    }

    /** {@code sources set-secret <source-id> <key>}: reads the value from standard input. */
    @Component(property = CliCommand.NAME + "=sources set-secret")
    public static final class SetSecret implements CliCommand<SetSecret.Arguments> {
        private final IngestService ingest;
        private final SecretStore secrets;

        @Activate
        public SetSecret(@Reference IngestService ingest, @Reference SecretStore secrets) {
            this.ingest = ingest;
            this.secrets = secrets;
        }

        /** The source and the setting; the value comes from standard input. */
        static final class Arguments extends SourceId {
            @Parameters(index = "1", paramLabel = "<key>", description = "the secret setting's key (its value is"
                    + " read from standard input)")
            String key;
        }

        @Override
        public Arguments arguments() {
            return new Arguments();
        }

        @Override
        public String summary() {
            return "keep a secret setting of a source in secure storage, read from standard input";
        }

        @Override
        public int execute(CliContext context, Arguments arguments) throws Exception {
            long id = arguments.id;
            if (ingest.source(context.store(), id).isEmpty()) {
                throw new UsageException("there is no source " + id);
            }
            String value = new BufferedReader(new InputStreamReader(context.in(), StandardCharsets.UTF_8)).readLine();
            if (value == null || value.isEmpty()) {
                throw new UsageException("no secret on standard input");
            }
            secrets.put(context.workspace(), id, arguments.key, value.toCharArray());
            context.out().println("{\"source\":" + id + ",\"secret\":" + JSON.writeValueAsString(arguments.key)
                    + "}");
            return OK;
        }
    }

    /** {@code pull <source-id>}: pulls a source now. */
    @Component(property = CliCommand.NAME + "=pull")
    public static final class Pull implements CliCommand<SourceId> {
        private final IngestService ingest;

        @Activate
        public Pull(@Reference IngestService ingest) {
            this.ingest = ingest;
        }

        @Override
        public SourceId arguments() {
            return new SourceId();
        }

        @Override
        public String summary() {
            return "pull new and changed messages of a source now; prints the counts as JSON";
        }

        @Override
        public int execute(CliContext context, SourceId arguments) throws Exception {
            long id = arguments.id;
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
    public static final class Listen implements CliCommand<Listen.Arguments> {
        private final IngestService ingest;

        @Activate
        public Listen(@Reference IngestService ingest) {
            this.ingest = ingest;
        }

        /** The push source, and how long to listen. */
        static final class Arguments extends SourceId {
            @Option(names = "--seconds", paramLabel = "<n>", description = "stop after this many seconds (default:"
                    + " until the process is stopped)")
            Long seconds;
        }

        @Override
        public Arguments arguments() {
            return new Arguments();
        }

        @Override
        public String summary() {
            return "receive pushed messages (webhook) for a source until stopped; prints the endpoint as JSON";
        }

        @Override
        public int execute(CliContext context, Arguments arguments) throws Exception {
            long id = arguments.id;
            if (arguments.seconds != null && arguments.seconds < 1) {
                throw new UsageException("--seconds takes a positive whole number, not " + arguments.seconds);
            }
            long seconds = arguments.seconds == null ? 0 : arguments.seconds;
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
    }
}

/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.connector.csv.internal;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.osgi.service.component.annotations.Component;
import org.parley.channels.ConnectorSettings;
import org.parley.channels.InboundMessage;
import org.parley.channels.IngestContext;
import org.parley.channels.QuarantineRecord;
import org.parley.cli.command.CliCommand;
import org.parley.cli.command.CliContext;
import org.parley.cli.command.UsageException;

import picocli.CommandLine.Option;

/**
 * {@code parley-cli bench csv [--rows N]}: how fast the CSV connector parses a call-centre log of N
 * rows (no storing: {@code bench ingest} measures the pipeline), as rows and megabytes per second.
 */
@Component(property = CliCommand.NAME + "=bench csv")
public final class BenchCsvCommand implements CliCommand<BenchCsvCommand.Arguments> {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int ROUNDS = 3;

    /** The size of the generated log. */
    static final class Arguments {
        @Option(names = "--rows", paramLabel = "<n>", description = "rows in the generated log (default"
                + " ${DEFAULT-VALUE})")
        int rows = 200_000;
    }

    @Override
    public Arguments arguments() {
        return new Arguments();
    }

    @Override
    public String summary() {
        return "time the CSV connector parsing a generated call-centre log (default 200000 rows)";
    }

    @Override
    public int execute(CliContext context, Arguments arguments) throws Exception {
        int rows = arguments.rows;
        if (rows < 1) {
            throw new UsageException("--rows needs a positive number, got " + rows);
        }
        Path file = Files.createTempFile("parley-bench", ".csv");
        try {
            write(file, rows);
            CsvConnector connector = new CsvConnector();
            ConnectorSettings settings = new ConnectorSettings(connector.settings(),
                    Map.of("dateFormats", "dd.MM.yyyy HH:mm:ss", "countryCode", "49", "zone", "Europe/Berlin"));
            long best = Long.MAX_VALUE;
            long messages = 0;
            for (int round = 0; round < ROUNDS; round++) {
                Counting counting = new Counting(settings);
                long start = System.nanoTime();
                connector.importFile(file, counting);
                best = Math.min(best, System.nanoTime() - start);
                messages = counting.messages;
            }
            double seconds = best / 1e9;
            var out = JSON.createObjectNode().put("rows", rows).put("messages", messages)
                    .put("bytes", Files.size(file)).put("seconds", Math.round(seconds * 1000) / 1000.0)
                    .put("rows_per_second", Math.round(rows / seconds))
                    .put("mb_per_second", Math.round(Files.size(file) / seconds / 1e5) / 10.0);
            context.out().println(JSON.writeValueAsString(out));
            return OK;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void write(Path file, int rows) throws java.io.IOException {
        String[] queues = {"billing", "delivery", "account", "complaint", "returns"};
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("Call ID;Start;Caller;Caller Number;Email;Notes;Queue;Media\n");
            StringBuilder b = new StringBuilder(200);
            for (int i = 1; i <= rows; i++) {
                b.setLength(0);
                b.append("CC-").append(i).append(';').append(String.format("%02d.11.2026 %02d:%02d:%02d", 1 + i % 28,
                        8 + i % 10, i % 60, i % 59)).append(";Caller ").append(i % 5000).append(";0")
                        .append(30 + i % 60).append(' ').append(1_000_000 + i % 5000).append(";caller")
                        .append(i % 5000).append("@example.org;\"Customer called about ").append(queues[i % 5])
                        .append("; agent noted: \"\"please call back\"\"\";").append(queues[i % 5]).append(";Voice\n");
                w.append(b);
            }
        }
    }

    /** Counts what the connector hands over, as a pipeline would receive it. */
    private static final class Counting implements IngestContext {
        private final ConnectorSettings settings;
        long messages;

        Counting(ConnectorSettings settings) {
            this.settings = settings;
        }

        @Override
        public ConnectorSettings settings() {
            return settings;
        }

        @Override
        public Optional<char[]> secret(String key) {
            return Optional.empty();
        }

        @Override
        public Optional<String> resumeFrom() {
            return Optional.empty();
        }

        @Override
        public void message(InboundMessage message) {
            messages++;
        }

        @Override
        public void quarantine(QuarantineRecord record) {
            throw new IllegalStateException("bench row quarantined: " + record.reason());
        }

        @Override
        public void checkpoint(String position) {
            // nothing to commit
        }

        @Override
        public boolean isCanceled() {
            return false;
        }

        @Override
        public void progress(long done, long total) {
            // not shown
        }
    }
}

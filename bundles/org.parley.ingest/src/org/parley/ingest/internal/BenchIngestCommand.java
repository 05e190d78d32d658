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

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parley.channels.ConnectorSettings;
import org.parley.channels.InboundMessage;
import org.parley.cli.command.CliCommand;
import org.parley.cli.command.CliContext;
import org.parley.cli.command.UsageException;
import org.parley.ingest.IngestReport;
import org.parley.store.Store;
import org.parley.store.StoreFactory;
import org.parley.store.StoreSettings;

import picocli.CommandLine.Option;

/**
 * {@code parley-cli bench ingest [--rows N]}: in a fresh temporary Derby database, imports N
 * generated JSON-lines messages through the whole pipeline (parse, dedupe, identities,
 * conversations, batch insert, checkpoints) and inserts the same rows with a plain JDBC batch
 * insert, in batches of the same size; prints both rates and their ratio. Both are warmed up first.
 */
@Component(property = CliCommand.NAME + "=bench ingest")
public final class BenchIngestCommand implements CliCommand<BenchIngestCommand.Arguments> {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int WARM_UP_ROWS = 3000;

    private final StoreFactory stores;

    @Activate
    public BenchIngestCommand(@Reference StoreFactory stores) {
        this.stores = stores;
    }

    /** The benchmark's size. */
    static final class Arguments {
        @Option(names = "--rows", paramLabel = "<n>", description = "how many messages to import (default"
                + " ${DEFAULT-VALUE})")
        int rows = 20_000;
    }

    @Override
    public Arguments arguments() {
        return new Arguments();
    }

    @Override
    public String summary() {
        return "measure the ingestion pipeline against a raw JDBC batch insert of the same rows (temporary Derby)";
    }

    @Override
    public int execute(CliContext context, Arguments arguments) throws Exception {
        if (arguments.rows < 1) {
            throw new UsageException("--rows needs a positive number, got " + arguments.rows);
        }
        context.out().println(JSON.writeValueAsString(measure(arguments.rows)));
        return OK;
    }

    /** Runs the benchmark in a temporary workspace and returns the figures. */
    public ObjectNode measure(int rows) throws IOException {
        Path workspace = Files.createTempDirectory("parley-bench");
        try (Store store = stores.open(StoreSettings.embedded(workspace))) {
            Path warmUp = generate(workspace.resolve("warm-up.jsonl"), WARM_UP_ROWS, "w");
            Path file = generate(workspace.resolve("bench.jsonl"), rows, "m");
            pipeline(store, "warmup", warmUp);
            raw(store, "warmupraw", "warmup", warmUp);
            long pipelineStart = System.nanoTime();
            IngestReport report = pipeline(store, "bench", file);
            long pipelineNanos = System.nanoTime() - pipelineStart;
            long rawNanos = raw(store, "benchraw", "bench", file);
            ObjectNode result = JSON.createObjectNode();
            result.put("rows", rows);
            result.put("added", report.added());
            result.put("pipeline_ms", pipelineNanos / 1_000_000);
            result.put("raw_jdbc_ms", rawNanos / 1_000_000);
            double pipelineRate = rows * 1e9 / pipelineNanos;
            double rawRate = rows * 1e9 / rawNanos;
            result.put("pipeline_rows_per_s", Math.round(pipelineRate));
            result.put("raw_jdbc_rows_per_s", Math.round(rawRate));
            result.put("ratio", Math.round(pipelineRate / rawRate * 100) / 100.0);
            result.put("batch", BenchConnector.CHECKPOINT_EVERY);
            return result;
        } finally {
            deleteTree(workspace);
        }
    }

    private static IngestReport pipeline(Store store, String channel, Path file) throws IOException {
        BenchConnector connector = new BenchConnector(channel);
        return new FileImport(store, connector, 0, ConnectorSettings.defaults(List.of()), key -> Optional.empty())
                .run(file, new NullProgressMonitor());
    }

    /**
     * Inserts the file's rows with a plain batch insert, committing every batch; returns nanoseconds.
     * The rows are the same as the pipeline's, pointing at the identities and conversations the
     * pipeline made for {@code madeBy} (so the database checks the same foreign keys).
     */
    private static long raw(Store store, String channel, String madeBy, Path file) throws IOException {
        Map<String, Long> authors = ids(store, "SELECT HANDLE, ID FROM CUSTOMER_IDENTITY WHERE CHANNEL = ?", madeBy,
                channel);
        Map<String, Long> threads = ids(store, "SELECT THREAD_KEY, ID FROM CONVERSATION WHERE CHANNEL = ?", madeBy,
                channel);
        BenchConnector connector = new BenchConnector(channel);
        List<Hashed> messages = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            InboundMessage m = connector.message(JSON.readTree(line), line);
            messages.add(Hashed.of(m));
        }
        long start = System.nanoTime();
        for (int from = 0; from < messages.size(); from += BenchConnector.CHECKPOINT_EVERY) {
            List<Hashed> batch = messages.subList(from,
                    Math.min(messages.size(), from + BenchConnector.CHECKPOINT_EVERY));
            store.jdbc(c -> {
                long id = Sql.allocateIds(c, batch.size());
                try (PreparedStatement insert = c.prepareStatement(BatchWriter.INSERT)) {
                    for (Hashed h : batch) {
                        insert.setLong(1, id++);
                        insert.setString(2, h.message().channel());
                        insert.setString(3, h.message().externalId());
                        BatchWriter.bind(insert, 4, h, authors, threads);
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
                return null;
            });
        }
        return System.nanoTime() - start;
    }

    private static Map<String, Long> ids(Store store, String sql, String channel, String asChannel) {
        return store.query(c -> {
            Map<String, Long> ids = new HashMap<>();
            try (PreparedStatement select = c.prepareStatement(sql)) {
                select.setString(1, channel);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        ids.put(asChannel + '\u0000' + rs.getString(1), rs.getLong(2));
                    }
                }
            }
            return ids;
        });
    }

    /** N messages from N/10 authors in threads of about five, over the last 30 days. */
    private static Path generate(Path file, int rows, String prefix) throws IOException {
        OffsetDateTime start = OffsetDateTime.of(2026, 11, 1, 8, 0, 0, 0, ZoneOffset.ofHours(1));
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < rows; i++) {
                ObjectNode m = JSON.createObjectNode();
                m.put("id", prefix + "-" + i);
                m.put("author", "customer" + (i * 7919 % Math.max(1, rows / 10)) + "@example.org");
                m.put("name", "Customer " + (i % Math.max(1, rows / 10)));
                m.put("at", start.plusSeconds(i * 120L).toString());
                m.put("thread", prefix + "-" + (i - i % 5));
                m.put("text", "Message " + i + ": my order has not arrived yet and the tracking page shows "
                        + "nothing since Tuesday. Could you look into it please?");
                out.write(JSON.writeValueAsString(m));
                out.newLine();
            }
        }
        return file;
    }

    private static void deleteTree(Path folder) {
        try (var walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}

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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.parley.channels.Author;
import org.parley.channels.Capability;
import org.parley.channels.ChannelConnector;
import org.parley.channels.InboundMessage;
import org.parley.channels.IngestContext;
import org.parley.channels.QuarantineRecord;
import org.parley.channels.SettingDescriptor;

/**
 * The connector {@code parley-cli bench ingest} measures with: JSON lines of
 * {@code {"id","author","name","at","thread","text"}}, a checkpoint every {@link #CHECKPOINT_EVERY}
 * lines. Not registered as a service.
 */
final class BenchConnector implements ChannelConnector {

    static final int CHECKPOINT_EVERY = 500;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String channel;

    BenchConnector(String channel) {
        this.channel = channel;
    }

    @Override
    public String id() {
        return channel;
    }

    @Override
    public String displayName() {
        return "Benchmark JSON lines";
    }

    @Override
    public String description() {
        return "Synthetic messages for parley-cli bench ingest.";
    }

    @Override
    public Set<Capability> capabilities() {
        return Set.of(Capability.FILE_IMPORT);
    }

    @Override
    public List<SettingDescriptor> settings() {
        return List.of();
    }

    @Override
    public void importFile(Path file, IngestContext context) throws IOException {
        long skip = context.resumeFrom().map(Long::parseLong).orElse(0L);
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            long line = 0;
            for (String text = in.readLine(); text != null; text = in.readLine()) {
                line++;
                if (line <= skip) {
                    continue;
                }
                if (context.isCanceled()) {
                    return;
                }
                read(text, line, context);
                if (line % CHECKPOINT_EVERY == 0) {
                    context.checkpoint(Long.toString(line));
                }
            }
            context.checkpoint(Long.toString(line));
        }
    }

    private void read(String text, long line, IngestContext context) {
        try {
            context.message(message(JSON.readTree(text), text));
        } catch (JsonProcessingException | RuntimeException e) {
            context.quarantine(
                    new QuarantineRecord("line " + line, e.getMessage(), text.getBytes(StandardCharsets.UTF_8)));
        }
    }

    InboundMessage message(JsonNode json, String raw) {
        return InboundMessage.builder(channel, json.path("id").asText())
                .author(Author.of(json.path("author").asText(), json.path("name").asText()))
                .occurredAt(OffsetDateTime.parse(json.path("at").asText()))
                .thread(json.path("thread").asText(null), null)
                .text(json.path("text").asText())
                .raw(raw.getBytes(StandardCharsets.UTF_8), "application/json")
                .build();
    }
}

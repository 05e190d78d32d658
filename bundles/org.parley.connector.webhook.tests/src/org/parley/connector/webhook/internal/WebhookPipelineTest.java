/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.connector.webhook.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.channels.Listener;
import org.parley.cli.command.CliCommand;
import org.parley.cli.command.CliContext;
import org.parley.ingest.IngestReport;
import org.parley.ingest.IngestService;
import org.parley.ingest.SecretStore;
import org.parley.ingest.Source;
import org.parley.model.Interaction;
import org.parley.store.Store;
import org.parley.store.StoreFactory;
import org.parley.store.StoreSettings;
import org.parley.testing.Services;
import org.parley.testing.TestCliContext;

/** The webhook through the real pipeline: HTTP in, Derby rows out, the secret in secure storage. */
class WebhookPipelineTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path workspace;

    @Test
    void aSignedChatEventPostedTwiceIsOneStoredInteraction() throws Exception {
        IngestService ingest = Services.get(IngestService.class);
        assertTrue(ingest.connector("webhook").isPresent(), "the webhook connector is registered as a service");
        try (Store store = Services.get(StoreFactory.class).open(StoreSettings.embedded(workspace))) {
            Source source = ingest.save(store, Source.of("webhook", "site chat", Map.of("port", "0"), null));
            Services.get(SecretStore.class).put(store.info().workspace(), source.id(), "secret",
                    "pipe-s3cret".toCharArray());
            String event = """
                    {"event_id":"evt-1","external_id":"chat-1","thread":"conv-1","author":{"handle":"visitor-1",
                     "name":"Mary Major"},"occurred_at":"2026-11-03T09:15:00+01:00","text":"Where is my parcel?"}
                    """;
            String signature = WebhookHandler.signature("pipe-s3cret".getBytes(StandardCharsets.UTF_8),
                    event.getBytes(StandardCharsets.UTF_8));
            HttpClient client = HttpClient.newHttpClient();
            try (Listener listener = ingest.listen(store, source.id())) {
                HttpRequest request = HttpRequest.newBuilder(listener.endpoint())
                        .POST(HttpRequest.BodyPublishers.ofString(event)).header("X-Parley-Signature", signature)
                        .build();
                assertEquals(202, client.send(request, HttpResponse.BodyHandlers.ofString()).statusCode());
                HttpResponse<String> retry = client.send(request, HttpResponse.BodyHandlers.ofString());
                assertEquals(200, retry.statusCode());
                assertTrue(retry.body().contains("duplicate"), retry.body());
                HttpRequest forged = HttpRequest.newBuilder(listener.endpoint())
                        .POST(HttpRequest.BodyPublishers.ofString(event.replace("parcel", "refund")))
                        .header("X-Parley-Signature", signature).build();
                assertEquals(401, client.send(forged, HttpResponse.BodyHandlers.ofString()).statusCode());
            }
            assertEquals(1, store.interactions().count());
            Interaction stored = store.interactions().find("chat", "chat-1").orElseThrow();
            assertEquals("Where is my parcel?", stored.getText());
        }
    }

    @Test
    void aJsonLinesReplayThroughThePipelineStoresGoodLinesOnceAndQuarantinesBadOnes() throws Exception {
        IngestService ingest = Services.get(IngestService.class);
        Path file = Path.of("resources", "chat-events.jsonl").toAbsolutePath();
        try (Store store = Services.get(StoreFactory.class).open(StoreSettings.embedded(workspace))) {
            assertEquals(new IngestReport(3, 0, 0, 2), ingest.importPath(store, "webhook", file,
                    new NullProgressMonitor()));
            assertEquals(new IngestReport(0, 0, 3, 2), ingest.importPath(store, "webhook", file,
                    new NullProgressMonitor()));
            assertEquals(3, store.interactions().count());
        }
    }

    @Test
    void theListenCommandReceivesSignedEventsUntilItsTimeIsUp() throws Exception {
        IngestService ingest = Services.get(IngestService.class);
        CliCommand<?> listen = Services.command("listen");
        try (Store store = Services.get(StoreFactory.class).open(StoreSettings.embedded(workspace))) {
            Source source = ingest.save(store, Source.of("webhook", "web chat", Map.of("port", "0"), null));
            Services.get(SecretStore.class).put(store.info().workspace(), source.id(), "secret",
                    "cli-s3cret".toCharArray());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            CliContext context = TestCliContext.of(workspace, store, "", out, System.err);
            CompletableFuture<Integer> run = CompletableFuture.supplyAsync(() -> {
                try {
                    return listen.run(context, List.of(Long.toString(source.id()), "--seconds", "4"));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            String line = awaitLine(out);
            URI endpoint = URI.create(JSON.readTree(line).get("endpoint").asText());
            String event = """
                    {"event_id":"evt-cli","external_id":"chat-cli","author":{"handle":"visitor-9"},
                     "occurred_at":"2026-11-03T09:15:00Z","text":"Is the shop open on Sunday?"}
                    """;
            String signature = WebhookHandler.signature("cli-s3cret".getBytes(StandardCharsets.UTF_8),
                    event.getBytes(StandardCharsets.UTF_8));
            HttpRequest request = HttpRequest.newBuilder(endpoint).POST(HttpRequest.BodyPublishers.ofString(event))
                    .header("X-Parley-Signature", signature).build();
            assertEquals(202, HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString())
                    .statusCode());
            assertEquals(CliCommand.OK, run.get(30, TimeUnit.SECONDS));
            assertTrue(store.interactions().find("chat", "chat-cli").isPresent(), "the pushed message is stored");
        }
    }

    private static String awaitLine(ByteArrayOutputStream out) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            String text = out.toString(StandardCharsets.UTF_8);
            if (text.contains("\n")) {
                return text.substring(0, text.indexOf('\n'));
            }
            Thread.sleep(50);
        }
        throw new AssertionError("listen printed no endpoint");
    }

}

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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.channels.ConnectorSettings;
import org.parley.channels.InboundMessage;
import org.parley.channels.Listener;
import org.parley.channels.MessageDirection;
import org.parley.testing.CollectingContext;

/** A real HTTP client posts to the webhook on 127.0.0.1. */
class WebhookConnectorTest {

    private static final String SECRET = "shared-s3cret";
    private static final String EVENT = """
            {"event_id":"evt-100","channel":"chat","external_id":"chat-1","thread":"conv-1",
             "author":{"handle":"visitor-1","name":"Mary Major","email":"Mary@Example.com","followers":3},
             "occurred_at":"2026-11-03T09:15:00+01:00","text":"Where is my parcel?","tags":["delivery"],
             "link":"https://shop.example/chat/conv-1"}
            """;

    private final WebhookConnector connector = new WebhookConnector();
    private final HttpClient client = HttpClient.newHttpClient();
    private StoringListenContext context;
    private Listener listener;

    @BeforeEach
    void listen() throws IOException {
        context = new StoringListenContext(new ConnectorSettings(connector.settings(), Map.of("port", "0",
                "maxBytes", "4096")), SECRET);
        listener = connector.listen(context);
    }

    @AfterEach
    void close() {
        listener.close();
    }

    private HttpResponse<String> post(String body, String signature) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(listener.endpoint())
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json");
        if (signature != null) {
            request.header("X-Parley-Signature", signature);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String sign(String body) {
        return WebhookHandler.signature(SECRET.getBytes(StandardCharsets.UTF_8), body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theEndpointListensOnLoopbackAtItsPath() {
        URI endpoint = listener.endpoint();
        assertEquals("127.0.0.1", endpoint.getHost());
        assertEquals("/parley/webhook", endpoint.getPath());
    }

    @Test
    void aSignedEventIsAcceptedAndStoredAndItsRetryIsADuplicate() throws Exception {
        HttpResponse<String> first = post(EVENT, sign(EVENT));
        assertEquals(202, first.statusCode(), first.body());
        assertTrue(first.body().contains("\"status\":\"accepted\""), first.body());
        InboundMessage m = context.stored.get("chat/chat-1");
        assertEquals("Where is my parcel?", m.text());
        assertEquals("visitor-1", m.author().handle());
        assertEquals("mary@example.com", m.author().email());
        assertEquals(3, m.author().followers());
        assertEquals("conv-1", m.threadId());
        assertEquals(OffsetDateTime.parse("2026-11-03T09:15+01:00"), m.occurredAt());
        assertEquals(MessageDirection.INBOUND, m.direction());
        assertEquals("application/json", m.rawType());

        HttpResponse<String> retry = post(EVENT, sign(EVENT));
        assertEquals(200, retry.statusCode());
        assertTrue(retry.body().contains("\"status\":\"duplicate\""), retry.body());
        assertEquals(1, context.stored.size());
    }

    @Test
    void aWrongOrMissingSignatureIs401AndNothingIsStored() throws Exception {
        assertEquals(401, post(EVENT, sign(EVENT + " ")).statusCode());
        assertEquals(401, post(EVENT, null).statusCode());
        HttpResponse<String> forged = post(EVENT, "sha256=" + "00".repeat(32));
        assertEquals(401, forged.statusCode());
        assertTrue(forged.body().contains("\"error\""), forged.body());
        assertTrue(context.stored.isEmpty());
    }

    @Test
    void badJsonAndBadSchemaAre400WithAJsonErrorAndNothingIsStored() throws Exception {
        String broken = "{\"event_id\":\"evt-1\",";
        HttpResponse<String> json = post(broken, sign(broken));
        assertEquals(400, json.statusCode());
        assertTrue(json.body().startsWith("{\"error\":\"invalid JSON"), json.body());

        String noTime = EVENT.replace("\"occurred_at\":\"2026-11-03T09:15:00+01:00\",", "");
        HttpResponse<String> schema = post(noTime, sign(noTime));
        assertEquals(400, schema.statusCode());
        assertTrue(schema.body().contains("\"field\":\"occurred_at\""), schema.body());

        String noAuthor = "{\"event_id\":\"e\",\"occurred_at\":\"2026-11-03T09:15:00Z\",\"text\":\"hi\"}";
        assertTrue(post(noAuthor, sign(noAuthor)).body().contains("\"field\":\"author\""));
        assertTrue(context.stored.isEmpty());
    }

    @Test
    void aHugeBodyIs413() throws Exception {
        String huge = EVENT.replace("Where is my parcel?", "x".repeat(5000));
        HttpResponse<String> response = post(huge, sign(huge));
        assertEquals(413, response.statusCode());
        assertTrue(context.stored.isEmpty());
    }

    @Test
    void aChangedEventUpdatesTheStoredMessage() throws Exception {
        post(EVENT, sign(EVENT));
        String edited = EVENT.replace("Where is my parcel?", "Where is my parcel? It is late.");
        HttpResponse<String> response = post(edited, sign(edited));
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("\"status\":\"updated\""), response.body());
        assertEquals("Where is my parcel? It is late.", context.stored.get("chat/chat-1").text());
    }

    @Test
    void onlyPostIsAccepted() throws Exception {
        HttpResponse<String> get = client.send(HttpRequest.newBuilder(listener.endpoint()).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(405, get.statusCode());
    }

    @Test
    void withoutASecretTheEndpointDoesNotOpen() {
        StoringListenContext unsigned = new StoringListenContext(
                new ConnectorSettings(connector.settings(), Map.of("port", "0")), null);
        IOException e = assertThrows(IOException.class, () -> connector.listen(unsigned));
        assertTrue(e.getMessage().contains("shared secret"), e.getMessage());
    }

    @Test
    void aJsonLinesReplayQuarantinesBadLinesWithTheirNumbers() throws IOException {
        CollectingContext replay = new CollectingContext(connector.settings(), Map.of());
        connector.importFile(Path.of("resources", "chat-events.jsonl").toAbsolutePath(), replay);

        assertEquals(3, replay.stored.size());
        assertEquals("chat-9001", replay.stored.get(0).externalId());
        assertEquals(MessageDirection.OUTBOUND, replay.stored.get(1).direction());
        assertEquals("chat-9001", replay.stored.get(1).parentId());
        assertEquals("evt-5", replay.stored.get(2).externalId());
        assertEquals("+15550100", replay.stored.get(2).author().handle());
        assertEquals(2, replay.quarantined.size());
        assertEquals("chat-events.jsonl:3", replay.quarantined.get(0).position());
        assertTrue(replay.quarantined.get(0).reason().startsWith("occurred_at:"));
        assertEquals("chat-events.jsonl:4", replay.quarantined.get(1).position());
        assertTrue(replay.quarantined.get(1).reason().startsWith("invalid JSON"));
        assertEquals("5", replay.lastCheckpoint());
    }
}

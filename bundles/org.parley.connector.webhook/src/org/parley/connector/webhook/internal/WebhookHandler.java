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

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import org.parley.channels.InboundMessage;
import org.parley.channels.ListenContext;

/**
 * Handles one POST to the webhook: size limit (413), signature over the raw body checked in
 * constant time (401), JSON and schema (400), then stored through the context before answering 202
 * (new), 200 with {@code "status":"duplicate"} (seen before) or 200 {@code "updated"}. Nothing is
 * stored for a refused request; the sender sees why in a JSON error.
 */
final class WebhookHandler implements HttpHandler {

    static final String SIGNATURE_HEADER = "X-Parley-Signature";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ListenContext context;
    private final byte[] key;
    private final int maxBytes;
    private final String defaultChannel;

    WebhookHandler(ListenContext context, byte[] key, int maxBytes, String defaultChannel) {
        this.context = context;
        this.key = key;
        this.maxBytes = maxBytes;
        this.defaultChannel = defaultChannel;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().set("Allow", "POST");
                respond(exchange, 405, error("method not allowed: POST a JSON event", null));
                return;
            }
            byte[] body = body(exchange);
            if (body == null) {
                respond(exchange, 413, error("body larger than " + maxBytes + " bytes", null));
                return;
            }
            if (!signatureValid(exchange.getRequestHeaders().getFirst(SIGNATURE_HEADER), body)) {
                respond(exchange, 401, error("missing or wrong " + SIGNATURE_HEADER
                        + " (expected sha256=<hex HMAC-SHA256 of the body with the shared secret>)", null));
                return;
            }
            accept(exchange, body);
        }
    }

    private void accept(HttpExchange exchange, byte[] body) throws IOException {
        JsonNode event;
        InboundMessage message;
        try {
            event = WebhookEvents.read(body);
            message = WebhookEvents.toMessage(event, body, defaultChannel);
        } catch (WebhookEvents.BadEvent e) {
            respond(exchange, 400, error(e.getMessage(), e.field));
            return;
        }
        ListenContext.Delivery delivery;
        try {
            delivery = context.deliver(message);
        } catch (IOException e) {
            respond(exchange, 503, error("could not store the event, retry later", null));
            return;
        }
        ObjectNode answer = JSON.createObjectNode();
        answer.put("status", switch (delivery) {
            case ADDED -> "accepted";
            case UPDATED -> "updated";
            case DUPLICATE -> "duplicate";
        });
        answer.put("event_id", WebhookEvents.eventId(event));
        respond(exchange, delivery == ListenContext.Delivery.ADDED ? 202 : 200, answer);
    }

    /** The body, or null when it is larger than allowed (read no further than that). */
    private byte[] body(HttpExchange exchange) throws IOException {
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        if (length != null) {
            try {
                if (Long.parseLong(length.strip()) > maxBytes) {
                    return null;
                }
            } catch (NumberFormatException e) {
                return null;
            }
        }
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes(maxBytes + 1);
            return body.length > maxBytes ? null : body;
        }
    }

    boolean signatureValid(String header, byte[] body) {
        if (header == null || !header.startsWith("sha256=")) {
            return false;
        }
        byte[] given;
        try {
            given = HexFormat.of().parseHex(header.substring("sha256=".length()).strip());
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(hmac(key, body), given);
    }

    static byte[] hmac(byte[] key, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** The header value a sender puts on a body: {@code sha256=<hex>}. */
    static String signature(byte[] key, byte[] body) {
        return "sha256=" + HexFormat.of().formatHex(hmac(key, body));
    }

    private static ObjectNode error(String message, String field) {
        ObjectNode error = JSON.createObjectNode();
        error.put("error", message);
        if (field != null) {
            error.put("field", field);
        }
        return error;
    }

    private static void respond(HttpExchange exchange, int status, ObjectNode body) throws IOException {
        byte[] bytes = JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}

/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server on the loopback interface that answers with recorded API responses, one per
 * request in order, and remembers what was asked. The responses are read from {@code /recorded/} of
 * the test bundle that owns the anchor class. {@code {{base}}} in a recorded body becomes the
 * server's base URL, so recorded paging links lead back to it.
 */
public final class RecordedApi implements AutoCloseable {

    /** One recorded answer: status, headers and a body from {@code recorded/}. */
    public record Reply(int status, Map<String, String> headers, String resource) {
    }

    /** One request as the server saw it. */
    public record Request(URI uri, String authorization) {
    }

    private final HttpServer server;
    private final Class<?> anchor;
    private final Deque<Reply> replies = new ArrayDeque<>();
    public final List<Request> requests = new ArrayList<>();

    /**
     * Starts the server; {@code anchor} is a class of the test bundle whose {@code recorded/} folder
     * holds the responses.
     */
    public RecordedApi(Class<?> anchor) throws IOException {
        this.anchor = anchor;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    public RecordedApi reply(int status, Map<String, String> headers, String resource) {
        replies.add(new Reply(status, headers, resource));
        return this;
    }

    public RecordedApi reply(String resource) {
        return reply(200, Map.of(), resource);
    }

    /** The base URL, {@code http://127.0.0.1:<port>}. */
    public String base() {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort();
    }

    private synchronized void answer(HttpExchange exchange) throws IOException {
        requests.add(new Request(exchange.getRequestURI(), exchange.getRequestHeaders().getFirst("Authorization")));
        Reply reply = replies.poll();
        byte[] body = reply == null
                ? "{\"title\":\"no recorded reply\"}".getBytes()
                : new String(read(reply.resource()), StandardCharsets.UTF_8).replace("{{base}}", base())
                        .getBytes(StandardCharsets.UTF_8);
        int status = reply == null ? 500 : reply.status();
        if (reply != null) {
            reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
        }
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private byte[] read(String resource) {
        if (resource == null) {
            return new byte[0];
        }
        try (InputStream in = anchor.getResourceAsStream("/recorded/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("no recorded response " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

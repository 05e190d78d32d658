/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.connector.facebook.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * GET requests to the Graph API. The page token goes in the Authorization header, never in a URL;
 * paging links (which Facebook writes with the token in them) are followed only on the configured
 * host, with their token removed. Graph error objects become clear messages.
 */
final class GraphApi {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20)).build();
    private final String authorization;
    private final URI base;

    GraphApi(URI base, char[] token) {
        this.base = base;
        this.authorization = "Bearer " + new String(token);
    }

    /** A request relative to the base URL: {@code /<page-id>/feed?fields=...}. */
    JsonNode get(String pathAndQuery) throws IOException {
        String prefix = base.toString().replaceAll("/+$", "");
        return fetch(URI.create(prefix + pathAndQuery));
    }

    /** Follows a paging link (paging.next) given by a previous answer. */
    JsonNode follow(String next) throws IOException {
        URI uri = URI.create(next);
        if (!Objects.equals(uri.getHost(), base.getHost()) || uri.getPort() != base.getPort()
                || !Objects.equals(uri.getScheme(), base.getScheme())) {
            throw new IOException("Facebook gave a paging link to another server (" + uri.getHost()
                    + "); it is not followed");
        }
        return fetch(withoutToken(uri));
    }

    private JsonNode fetch(URI uri) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .header("Authorization", authorization).header("Accept", "application/json").GET().build();
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while asking Facebook", e);
        }
        JsonNode body;
        try {
            body = GraphObjects.MAPPER.readTree(response.body());
        } catch (IOException e) {
            throw new IOException("Facebook answered HTTP " + response.statusCode() + " with something that is not "
                    + "JSON for " + uri.getPath(), e);
        }
        if (body != null && body.has("error")) {
            throw new IOException(GraphObjects.describeError(body.get("error")));
        }
        if (response.statusCode() / 100 != 2 || body == null) {
            throw new IOException("Facebook answered HTTP " + response.statusCode() + " for " + uri.getPath());
        }
        return body;
    }

    /** The URI with any access_token parameter removed. */
    static URI withoutToken(URI uri) {
        String query = uri.getRawQuery();
        if (query == null) {
            return uri;
        }
        List<String> kept = new ArrayList<>();
        for (String part : query.split("&")) {
            String key = URLDecoder.decode(part.split("=", 2)[0], StandardCharsets.UTF_8);
            if (!"access_token".equals(key)) {
                kept.add(part);
            }
        }
        String rest = uri.toString().substring(0, uri.toString().indexOf('?'));
        return URI.create(kept.isEmpty() ? rest : rest + "?" + String.join("&", kept));
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

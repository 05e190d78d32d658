/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.connector.feed.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.parley.channels.IngestContext;
import org.parley.channels.QuarantineRecord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One poll of a feed: a conditional GET with the ETag and Last-Modified of the last answer (kept as
 * the checkpoint); 304 Not Modified means nothing new and costs nothing else.
 */
final class FeedPoll {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final IngestContext context;
    private final URI url;
    private final long maxBytes;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20))
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    FeedPoll(IngestContext context) throws IOException {
        this.context = context;
        this.url = URI.create(context.settings().get(FeedConnector.URL)
                .orElseThrow(() -> new IOException("Set the feed URL ('" + FeedConnector.URL + "') to poll it")));
        this.maxBytes = context.settings().getLong(FeedConnector.MAX_BYTES, FeedConnector.DEFAULT_MAX_BYTES);
    }

    void run() throws IOException {
        String previous = context.resumeFrom().orElse("{}");
        JsonNode validators = validators(previous);
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/atom+xml, application/rss+xml, application/xml;q=0.9, */*;q=0.5")
                .header("User-Agent", "Parley feed connector").GET();
        if (validators.hasNonNull("etag")) {
            request.header("If-None-Match", validators.get("etag").asText());
        }
        if (validators.hasNonNull("lastModified")) {
            request.header("If-Modified-Since", validators.get("lastModified").asText());
        }
        HttpResponse<InputStream> response = send(request.build());
        int status = response.statusCode();
        if (status == 304) {
            response.body().close();
            context.checkpoint(previous);
            return;
        }
        if (status / 100 != 2) {
            response.body().close();
            throw new IOException("The feed " + url + " answered HTTP " + status);
        }
        byte[] bytes = read(response.body());
        if (bytes == null) {
            context.quarantine(new QuarantineRecord(url.toString(), "the feed is larger than the largest feed read ("
                    + maxBytes + " bytes)", new byte[0]));
            context.checkpoint(previous);
            return;
        }
        new FeedReader(context, url.toString(), index -> previous).read(bytes, 0);
        if (!context.isCanceled()) {
            context.checkpoint(position(response));
        }
    }

    private HttpResponse<InputStream> send(HttpRequest request) throws IOException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while polling " + url, e);
        }
    }

    /** The body, or null when it is larger than allowed. */
    private byte[] read(InputStream body) throws IOException {
        try (InputStream in = body) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            return bytes.length > maxBytes ? null : bytes;
        }
    }

    private static String position(HttpResponse<?> response) {
        ObjectNode position = JSON.createObjectNode();
        response.headers().firstValue("ETag").ifPresent(etag -> position.put("etag", etag));
        response.headers().firstValue("Last-Modified").ifPresent(modified -> position.put("lastModified", modified));
        return position.toString();
    }

    private static JsonNode validators(String position) {
        try {
            JsonNode node = JSON.readTree(position);
            return node != null && node.isObject() ? node : JSON.createObjectNode();
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }
}

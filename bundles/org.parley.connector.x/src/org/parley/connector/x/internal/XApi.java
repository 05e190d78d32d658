/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.connector.x.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * GET requests to the X API v2 with a bearer token: rate limits are waited out (within a bound,
 * cancellable), refused credentials and API errors become clear messages. The token never appears
 * in a message.
 */
final class XApi {

    private static final int MAX_TRIES = 4;
    private static final long SLICE_MILLIS = 200;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20))
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    private final String authorization;
    private final Duration maxWait;
    private final BooleanSupplier canceled;

    XApi(char[] bearerToken, Duration maxWait, BooleanSupplier canceled) {
        this.authorization = "Bearer " + new String(bearerToken);
        this.maxWait = maxWait;
        this.canceled = canceled;
    }

    /** The JSON answer, or empty when the run was cancelled while waiting for the rate limit. */
    Optional<JsonNode> get(URI uri) throws IOException {
        for (int attempt = 1;; attempt++) {
            HttpResponse<byte[]> response = send(uri);
            int status = response.statusCode();
            if (status == 429 && attempt < MAX_TRIES) {
                if (!waitForReset(response.headers())) {
                    return Optional.empty();
                }
                continue;
            }
            if (status == 401) {
                throw new IOException("X refused the bearer token (HTTP 401 Unauthorized): check or renew it in "
                        + "the source's secrets");
            }
            if (status == 429) {
                throw new IOException("X kept answering 'too many requests' (HTTP 429); run the pull again later");
            }
            if (status / 100 != 2) {
                throw new IOException("X API answered HTTP " + status + problem(lenient(response.body())) + " for "
                        + path(uri));
            }
            JsonNode body = parse(response.body());
            if (!body.has("data") && body.has("errors")) {
                throw new IOException("X API could not answer" + problem(body) + " for " + path(uri));
            }
            return Optional.of(body);
        }
    }

    private HttpResponse<byte[]> send(URI uri) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .header("Authorization", authorization).header("Accept", "application/json").GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while asking X", e);
        }
    }

    /** Waits until the rate limit resets; false when cancelled meanwhile. */
    private boolean waitForReset(HttpHeaders headers) throws IOException {
        Instant until = resetTime(headers);
        Duration wait = Duration.between(Instant.now(), until);
        if (wait.compareTo(maxWait) > 0) {
            throw new IOException("X rate limit reached; it resets at " + until + ", later than the longest wait of "
                    + maxWait.toSeconds() + " s: run the pull again after that");
        }
        while (Instant.now().isBefore(until)) {
            if (canceled.getAsBoolean()) {
                return false;
            }
            try {
                Thread.sleep(Math.max(1, Math.min(SLICE_MILLIS, Duration.between(Instant.now(), until).toMillis())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return !canceled.getAsBoolean();
    }

    /**
     * x-rate-limit-reset (epoch seconds) or Retry-After (seconds); one second when neither is given.
     */
    static Instant resetTime(HttpHeaders headers) {
        Optional<Long> reset = headers.firstValue("x-rate-limit-reset").flatMap(XApi::number);
        if (reset.isPresent()) {
            return Instant.ofEpochSecond(reset.get());
        }
        Optional<Long> retryAfter = headers.firstValue("retry-after").flatMap(XApi::number);
        return Instant.now().plusSeconds(retryAfter.orElse(1L));
    }

    private static Optional<Long> number(String text) {
        try {
            return Optional.of(Long.parseLong(text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static JsonNode parse(byte[] body) throws IOException {
        try {
            return ArchiveFile.MAPPER.readTree(body);
        } catch (IOException e) {
            throw new IOException("X API answered something that is not JSON: " + e.getMessage(), e);
        }
    }

    private static JsonNode lenient(byte[] body) {
        try {
            return ArchiveFile.MAPPER.readTree(body);
        } catch (IOException e) {
            return ArchiveFile.MAPPER.createObjectNode();
        }
    }

    /** The title and detail of a v2 problem or errors array, as ": title: detail". */
    private static String problem(JsonNode body) {
        JsonNode error = body.has("errors") ? body.path("errors").path(0) : body;
        String title = error.path("title").asText(error.path("message").asText(""));
        String detail = error.path("detail").asText("");
        return (title.isEmpty() ? "" : ": " + title) + (detail.isEmpty() ? "" : ": " + detail);
    }

    private static String path(URI uri) {
        return uri.getPath();
    }
}

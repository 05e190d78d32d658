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
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.parley.channels.IngestContext;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Pulls a source's timelines from the X API v2, newest first, page by page: the mentions of the
 * account ({@code userId}, replies to it included), then the tweets of the recent-search query
 * ({@code searchQuery}); a source has one or both. Each timeline's checkpoint is the newest tweet
 * id of its last complete run ({@code since_id}); while a run pages back it also records the oldest
 * id reached, so a run stopped half-way goes on from there ({@code until_id}) instead of starting
 * over.
 */
final class ApiPull {

    /** How much sooner than X's own 7 days a search id counts as too old, for clocks that differ. */
    private static final Duration WINDOW_MARGIN = Duration.ofMinutes(15);

    private final IngestContext context;
    private final Clock clock;
    private final String base;
    private final String query;
    private final List<Timeline> timelines = new ArrayList<>();
    private final TweetMessages tweets;
    private SourcePosition position;
    private long pages;

    ApiPull(IngestContext context, Clock clock) throws IOException {
        this.context = context;
        this.clock = clock;
        this.base = context.settings().get(XConnector.API_BASE_URL).orElse("https://api.x.com").replaceAll("/+$", "");
        Optional<String> userId = context.settings().get(XConnector.USER_ID);
        this.query = context.settings().get(XConnector.SEARCH_QUERY).orElse(null);
        userId.ifPresent(id -> timelines.add(Timeline.mentions(id)));
        if (query != null) {
            timelines.add(Timeline.search(query));
        }
        if (timelines.isEmpty()) {
            throw new IOException("Set the account id ('" + XConnector.USER_ID + "') to pull its mentions, a search "
                    + "query ('" + XConnector.SEARCH_QUERY + "') to listen for talk about the brand, or both");
        }
        this.tweets = new TweetMessages(userId.orElse(null));
    }

    void run() throws IOException {
        char[] token = context.secret(XConnector.BEARER_TOKEN).orElseThrow(() -> new IOException(
                "The X bearer token is not set: store it in the source's secrets ('" + XConnector.BEARER_TOKEN + "')"));
        XApi api;
        try {
            api = new XApi(token, Duration.ofSeconds(context.settings().getLong(XConnector.MAX_RATE_LIMIT_WAIT, 900)),
                    context::isCanceled);
        } finally {
            Arrays.fill(token, '\0');
        }
        position = SourcePosition.parse(context.resumeFrom().orElse(""), query);
        for (Timeline timeline : timelines) {
            if (!pull(api, timeline)) {
                return;
            }
        }
    }

    /** Pages through one timeline; false when the run was cancelled. */
    private boolean pull(XApi api, Timeline timeline) throws IOException {
        Timeline.Kind kind = timeline.kind();
        PullPosition start = position.of(kind);
        if (timeline.listening()) {
            // the recent search refuses ids older than its 7 days: what is older is out of reach anyway
            start = start.within(clock.instant().minus(XConnector.SEARCH_HISTORY).plus(WINDOW_MARGIN));
        }
        PullPosition current = start;
        String pageToken = null;
        int number = 0;
        do {
            // every page of a run asks with the run's bounds: a page token continues the query it came from
            Optional<JsonNode> page = api.get(timeline.uri(base, start, pageToken));
            if (page.isEmpty() || context.isCanceled()) {
                return false;
            }
            JsonNode meta = page.get().path("meta");
            tweets.take(page.get(), kind.label + " page " + (++number), timeline.listening(), context);
            pageToken = meta.path("next_token").asText(null);
            current = current.after(meta.path("newest_id").asText(null), meta.path("oldest_id").asText(null),
                    pageToken == null);
            position = position.with(kind, current);
            context.checkpoint(position.toString());
            context.progress(++pages, -1);
        } while (pageToken != null && !context.isCanceled());
        return !context.isCanceled();
    }
}

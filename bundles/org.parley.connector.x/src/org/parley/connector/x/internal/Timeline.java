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

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * One list of tweets a pull pages through, newest first: the mentions of an account
 * ({@code GET /2/users/:id/mentions}) or the tweets of a recent-search query
 * ({@code GET /2/tweets/search/recent?query=...}, the last 7 days). Both take the same fields,
 * {@code since_id} and {@code until_id}; they page with differently named tokens.
 *
 * @param kind
 *            which list
 * @param path
 *            the endpoint's path
 * @param query
 *            the search query, or null for the mentions
 */
record Timeline(Kind kind, String path, String query) {

    static final String TWEET_FIELDS = "created_at,author_id,conversation_id,in_reply_to_user_id,"
            + "referenced_tweets,lang,public_metrics,entities";
    static final String USER_FIELDS = "username,name,public_metrics,verified";

    /** The two lists, with how each pages and the prefix of its part of a source's checkpoint. */
    enum Kind {
        MENTIONS("mentions", "pagination_token", ""),
        SEARCH("search", "next_token", "search.");

        final String label;
        final String pageParameter;
        final String prefix;

        Kind(String label, String pageParameter, String prefix) {
            this.label = label;
            this.pageParameter = pageParameter;
            this.prefix = prefix;
        }
    }

    static Timeline mentions(String userId) {
        return new Timeline(Kind.MENTIONS, "/2/users/" + encode(userId) + "/mentions", null);
    }

    static Timeline search(String query) {
        return new Timeline(Kind.SEARCH, "/2/tweets/search/recent", query);
    }

    /** Whether its tweets are found by listening rather than addressed to the account. */
    boolean listening() {
        return kind == Kind.SEARCH;
    }

    /**
     * The request for one page: {@code position} bounds the run (since and until ids),
     * {@code pageToken} is the page's token from the page before, or null for the first page.
     */
    URI uri(String base, PullPosition position, String pageToken) {
        StringBuilder parameters = new StringBuilder();
        if (query != null) {
            parameters.append("query=").append(encode(query)).append('&');
        }
        parameters.append("max_results=100&expansions=author_id");
        parameters.append("&tweet.fields=").append(encode(TWEET_FIELDS));
        parameters.append("&user.fields=").append(encode(USER_FIELDS));
        position.since().ifPresent(id -> parameters.append("&since_id=").append(encode(id)));
        position.until().ifPresent(id -> parameters.append("&until_id=").append(encode(id)));
        if (pageToken != null) {
            parameters.append('&').append(kind.pageParameter).append('=').append(encode(pageToken));
        }
        return URI.create(base + path + "?" + parameters);
    }

    /**
     * A query parameter's value, percent-encoded as RFC 3986 asks: a space is {@code %20}, never the
     * form encoding's {@code +} (which a search query may hold literally: {@code C++}).
     */
    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}

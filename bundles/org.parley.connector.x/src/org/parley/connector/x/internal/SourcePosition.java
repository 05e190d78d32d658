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

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A source's checkpoint: where its mentions and its search stand, in one text such as
 * {@code since=1870;search.query=9f0f67f4833a;search.since=2130}. The mentions' part has no prefix,
 * so checkpoints written before there was a search still read. The search's part names its query by
 * a fingerprint: when the source's query changes, its search starts over instead of skipping what
 * the new query finds before the old query's newest tweet.
 *
 * @param mentions
 *            where the mentions stand
 * @param search
 *            where the search stands
 * @param queryKey
 *            the fingerprint of the search query, or null without one
 */
record SourcePosition(PullPosition mentions, PullPosition search, String queryKey) {

    private static final String QUERY = Timeline.Kind.SEARCH.prefix + "query";

    /** The checkpoint read for a source whose search query (null when none) is this. */
    static SourcePosition parse(String text, String query) {
        String key = query == null ? null : key(query);
        PullPosition search = PullPosition.parse(text, Timeline.Kind.SEARCH.prefix);
        if (!Objects.equals(key, value(text, QUERY))) {
            search = PullPosition.START;
        }
        return new SourcePosition(PullPosition.parse(text, Timeline.Kind.MENTIONS.prefix), search, key);
    }

    PullPosition of(Timeline.Kind kind) {
        return kind == Timeline.Kind.SEARCH ? search : mentions;
    }

    SourcePosition with(Timeline.Kind kind, PullPosition position) {
        return kind == Timeline.Kind.SEARCH
                ? new SourcePosition(mentions, position, queryKey)
                : new SourcePosition(position, search, queryKey);
    }

    @Override
    public String toString() {
        String text = mentions.toString(Timeline.Kind.MENTIONS.prefix);
        if (!search.isStart() && queryKey != null) {
            text += (text.isEmpty() ? "" : ";") + QUERY + "=" + queryKey + ";"
                    + search.toString(Timeline.Kind.SEARCH.prefix);
        }
        return text.isEmpty() ? "start" : text;
    }

    private static String value(String text, String name) {
        for (String part : text.split(";")) {
            String[] kv = part.strip().split("=", 2);
            if (kv.length == 2 && kv[0].equals(name)) {
                return kv[1];
            }
        }
        return null;
    }

    /** The first 12 hex digits of the query's SHA-256: the query itself may hold ';' and '='. */
    static String key(String query) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(query.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

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

import java.math.BigInteger;
import java.time.Instant;
import java.util.Optional;

/**
 * Where the pull of one timeline (the mentions, or the search) stands: {@code since=<id>} after a
 * complete run; while paging back also {@code until=<oldest id reached>} and
 * {@code newest=<newest id of this run>}. In a source's checkpoint each part carries the timeline's
 * prefix ({@code search.since=...}); the mentions' prefix is empty, as before there was a search.
 *
 * @param sinceId
 *            the newest id of the last complete run, or null for a first run
 * @param untilId
 *            the oldest id this run reached, or null
 * @param newestId
 *            the newest id this run saw, or null
 */
record PullPosition(String sinceId, String untilId, String newestId) {

    /** A timeline never pulled. */
    static final PullPosition START = new PullPosition(null, null, null);

    /** When X's ids begin: a tweet id holds its creation time in ms since then, shifted by 22 bits. */
    private static final long TWITTER_EPOCH_MS = 1288834974657L;

    static PullPosition parse(String text) {
        return parse(text, "");
    }

    /** The position in a checkpoint, from the parts that carry this prefix. */
    static PullPosition parse(String text, String prefix) {
        String since = null;
        String until = null;
        String newest = null;
        for (String part : text.split(";")) {
            String[] kv = part.strip().split("=", 2);
            if (kv.length == 2 && kv[0].startsWith(prefix) && kv[1].matches("\\d+")) {
                switch (kv[0].substring(prefix.length())) {
                    case "since" -> since = kv[1];
                    case "until" -> until = kv[1];
                    case "newest" -> newest = kv[1];
                    default -> {
                        // unknown parts of a newer version, and other timelines' parts, are ignored
                    }
                }
            }
        }
        return new PullPosition(since, until, newest);
    }

    Optional<String> since() {
        return Optional.ofNullable(sinceId);
    }

    Optional<String> until() {
        return Optional.ofNullable(untilId);
    }

    boolean isStart() {
        return sinceId == null && untilId == null && newestId == null;
    }

    /**
     * The position after a page with these newest and oldest ids; {@code last} when no page follows.
     */
    PullPosition after(String pageNewest, String pageOldest, boolean last) {
        String runNewest = max(newestId, pageNewest);
        if (last) {
            return new PullPosition(max(sinceId, runNewest), null, null);
        }
        return new PullPosition(sinceId, pageOldest == null ? untilId : pageOldest, runNewest);
    }

    /**
     * The position without the since and until ids of tweets created before {@code oldest}: an API that
     * reaches back only so far refuses them ("'since_id' must be a tweet id created after ...").
     */
    PullPosition within(Instant oldest) {
        return new PullPosition(createdBefore(sinceId, oldest) ? null : sinceId,
                createdBefore(untilId, oldest) ? null : untilId, newestId);
    }

    /** When the tweet with this id was created, read from the id itself. */
    static Instant created(String id) {
        return Instant.ofEpochMilli(new BigInteger(id).shiftRight(22).longValue() + TWITTER_EPOCH_MS);
    }

    private static boolean createdBefore(String id, Instant oldest) {
        return id != null && created(id).isBefore(oldest);
    }

    private static String max(String a, String b) {
        if (a == null || b == null || b.isBlank()) {
            return a == null || a.isBlank() ? b : a;
        }
        return new BigInteger(a).compareTo(new BigInteger(b)) >= 0 ? a : b;
    }

    /** The parts of the position, each key with this prefix; empty for {@link #START}. */
    String toString(String prefix) {
        StringBuilder text = new StringBuilder();
        if (sinceId != null) {
            text.append(prefix).append("since=").append(sinceId);
        }
        if (untilId != null) {
            text.append(text.isEmpty() ? "" : ";").append(prefix).append("until=").append(untilId);
        }
        if (newestId != null) {
            text.append(text.isEmpty() ? "" : ";").append(prefix).append("newest=").append(newestId);
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return isStart() ? "start" : toString("");
    }
}

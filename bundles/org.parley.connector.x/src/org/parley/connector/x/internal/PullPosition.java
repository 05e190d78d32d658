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
import java.util.Optional;

/**
 * Where a mentions pull stands: {@code since=<id>} after a complete run; while paging back also
 * {@code until=<oldest id reached>} and {@code newest=<newest id of this run>}.
 *
 * @param sinceId
 *            the newest id of the last complete run, or null for a first run
 * @param untilId
 *            the oldest id this run reached, or null
 * @param newestId
 *            the newest id this run saw, or null
 */
record PullPosition(String sinceId, String untilId, String newestId) {

    static PullPosition parse(String text) {
        String since = null;
        String until = null;
        String newest = null;
        for (String part : text.split(";")) {
            String[] kv = part.strip().split("=", 2);
            if (kv.length == 2 && kv[1].matches("\\d+")) {
                switch (kv[0]) {
                    case "since" -> since = kv[1];
                    case "until" -> until = kv[1];
                    case "newest" -> newest = kv[1];
                    default -> {
                        // unknown parts of a newer version are ignored
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

    private static String max(String a, String b) {
        if (a == null || b == null || b.isBlank()) {
            return a == null || a.isBlank() ? b : a;
        }
        return new BigInteger(a).compareTo(new BigInteger(b)) >= 0 ? a : b;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        if (sinceId != null) {
            text.append("since=").append(sinceId);
        }
        if (untilId != null) {
            text.append(text.isEmpty() ? "" : ";").append("until=").append(untilId);
        }
        if (newestId != null) {
            text.append(text.isEmpty() ? "" : ";").append("newest=").append(newestId);
        }
        return text.isEmpty() ? "start" : text.toString();
    }
}

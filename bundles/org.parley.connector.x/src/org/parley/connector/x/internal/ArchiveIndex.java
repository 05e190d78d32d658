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
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A first, light pass over an archive file: how many tweets, which tweet replies to which (for
 * threads), and who the owner is as far as the tweets tell (a reply to one of the archive's own
 * tweets names the owner; so does a link to one of them).
 */
final class ArchiveIndex {

    private static final Pattern STATUS_LINK = Pattern.compile("https?://(?:x|twitter)\\.com/(\\w+)/status/(\\d+)");

    private final Map<String, String> parents = new HashMap<>();
    private final Set<String> ids = new HashSet<>();
    private final Map<String, String> replyNames = new HashMap<>();
    private final Map<String, String> replyUserIds = new HashMap<>();
    private final Map<String, String> linkNames = new HashMap<>();
    private long count;

    private ArchiveIndex() {
    }

    static ArchiveIndex of(Path file) throws IOException {
        ArchiveIndex index = new ArchiveIndex();
        new ArchiveFile(file).read(new ArchiveFile.RecordHandler() {
            @Override
            public boolean record(long i, JsonNode record, long line) {
                index.add(record.has("tweet") ? record.get("tweet") : record);
                return true;
            }

            @Override
            public void broken(long i, long line, String position, String reason, byte[] raw) {
                // the import itself reports it, with the position
            }
        });
        return index;
    }

    private void add(JsonNode tweet) {
        count++;
        String id = tweet.path("id_str").asText(tweet.path("id").asText(""));
        if (id.isEmpty()) {
            return;
        }
        ids.add(id);
        String parent = tweet.path("in_reply_to_status_id_str").asText("");
        if (!parent.isEmpty()) {
            parents.put(id, parent);
            String name = tweet.path("in_reply_to_screen_name").asText("");
            if (!name.isEmpty()) {
                replyNames.put(parent, name);
            }
            String userId = tweet.path("in_reply_to_user_id_str").asText("");
            if (!userId.isEmpty()) {
                replyUserIds.put(parent, userId);
            }
        }
        for (JsonNode url : tweet.path("entities").path("urls")) {
            Matcher m = STATUS_LINK.matcher(url.path("expanded_url").asText(""));
            if (m.matches()) {
                linkNames.put(m.group(2), m.group(1));
            }
        }
    }

    /** Tweet id to the id of the tweet it replies to. */
    Map<String, String> parents() {
        return parents;
    }

    /** How many records the file holds. */
    long count() {
        return count;
    }

    /** The owner's username, when a self-reply or a link to an own tweet gives it away. */
    Optional<String> ownerUsername() {
        for (Map.Entry<String, String> reply : replyNames.entrySet()) {
            if (ids.contains(reply.getKey())) {
                return Optional.of(reply.getValue());
            }
        }
        for (Map.Entry<String, String> link : linkNames.entrySet()) {
            if (ids.contains(link.getKey())) {
                return Optional.of(link.getValue());
            }
        }
        return Optional.empty();
    }

    /** The owner's account id, when a self-reply gives it away. */
    Optional<String> ownerId() {
        return replyUserIds.entrySet().stream().filter(reply -> ids.contains(reply.getKey()))
                .map(Map.Entry::getValue).findFirst();
    }
}

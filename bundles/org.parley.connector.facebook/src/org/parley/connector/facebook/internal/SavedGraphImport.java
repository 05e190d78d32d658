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
import java.nio.file.Files;
import java.nio.file.Path;

import org.parley.channels.IngestContext;
import org.parley.channels.QuarantineRecord;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Imports a saved Graph API response: a page of posts (with their nested comments), a page of
 * comments, a page of conversations, or a single object. The position of a checkpoint is the number
 * of top-level objects read.
 */
final class SavedGraphImport {

    private final Path file;
    private final IngestContext context;
    private final String name;

    SavedGraphImport(Path file, IngestContext context) {
        this.file = file;
        this.context = context;
        this.name = String.valueOf(file.getFileName());
    }

    void read() throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        JsonNode root;
        try {
            root = GraphObjects.MAPPER.readTree(bytes);
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            context.quarantine(new QuarantineRecord(name + " line " + line,
                    "invalid JSON at line " + line + ": " + e.getOriginalMessage(), bytes));
            context.checkpoint("0");
            return;
        }
        if (root == null || !root.isObject()) {
            context.quarantine(new QuarantineRecord(name, "not a Graph API response: no JSON object", bytes));
            context.checkpoint("0");
            return;
        }
        if (root.has("error")) {
            context.quarantine(new QuarantineRecord(name, "a saved Graph API error, not data: "
                    + GraphObjects.describeError(root.get("error")), bytes));
            context.checkpoint("0");
            return;
        }
        readObjects(root);
    }

    private void readObjects(JsonNode root) {
        JsonNode data = root.has("data") && root.get("data").isArray()
                ? root.get("data")
                : GraphObjects.MAPPER.createArrayNode().add(root);
        String edgeOwner = edgeOwner(root.path("paging"));
        boolean comments = edgeOwner != null;
        String pageId = context.settings().get(FacebookConnector.PAGE_ID).orElseGet(() -> pageOf(data));
        long every = Math.max(1, context.settings().getLong(FacebookConnector.CHECKPOINT_EVERY, 200));
        long resumeAfter = context.resumeFrom().map(SavedGraphImport::index).orElse(0L);
        long index = 0;
        for (JsonNode object : data) {
            index++;
            if (index <= resumeAfter) {
                continue;
            }
            if (context.isCanceled()) {
                return;
            }
            take(object, index, comments || looksLikeComment(object), edgeOwner, pageId);
            if (index % every == 0) {
                context.checkpoint(Long.toString(index));
            }
            context.progress(index, data.size());
        }
        context.checkpoint(Long.toString(Math.max(index, resumeAfter)));
    }

    private void take(JsonNode object, long index, boolean comment, String postId, String pageId) {
        String position = name + " object " + index;
        guard(position, object, () -> {
            if (object.has("messages")) {
                Conversations.read(object, pageId, context, position);
            } else if (comment) {
                String post = postId != null ? postId : GraphObjects.ownerOf(object.path("id").asText(null));
                context.message(GraphObjects.comment(object, post, pageId));
            } else {
                context.message(GraphObjects.post(object, pageId));
                String post = object.path("id").asText();
                int n = 0;
                for (JsonNode nested : object.path("comments").path("data")) {
                    n++;
                    guard(position + " comment " + n, nested,
                            () -> context.message(GraphObjects.comment(nested, post, pageId)));
                }
            }
        });
    }

    private void guard(String position, JsonNode object, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            context.quarantine(new QuarantineRecord(position, "not a readable Graph object: " + e.getMessage(),
                    GraphObjects.bytes(object)));
        }
    }

    /** The object whose comments a saved page of comments lists, from its paging links. */
    static String edgeOwner(JsonNode paging) {
        for (String link : new String[]{paging.path("next").asText(""), paging.path("previous").asText("")}) {
            try {
                String path = link.isEmpty() ? "" : URI.create(link).getPath();
                String[] parts = path.split("/");
                if (parts.length >= 2 && "comments".equals(parts[parts.length - 1])) {
                    return parts[parts.length - 2];
                }
            } catch (IllegalArgumentException e) {
                // a paging link that is no URL: look at the next one
            }
        }
        return null;
    }

    private static boolean looksLikeComment(JsonNode object) {
        boolean postish = object.has("type") || object.has("status_type") || object.has("story")
                || object.has("actions") || object.has("privacy");
        return !postish && (object.has("like_count") || object.has("can_remove") || object.has("parent"));
    }

    private static String pageOf(JsonNode data) {
        for (JsonNode object : data) {
            String owner = GraphObjects.ownerOf(object.path("id").asText(null));
            if (owner != null && owner.equals(object.path("from").path("id").asText(null))) {
                return owner;
            }
        }
        return null;
    }

    private static long index(String position) {
        try {
            return Long.parseLong(position.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}

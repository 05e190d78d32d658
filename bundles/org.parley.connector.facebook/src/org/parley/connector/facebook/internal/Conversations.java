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

import org.parley.channels.IngestContext;
import org.parley.channels.QuarantineRecord;

import com.fasterxml.jackson.databind.JsonNode;

/** The messages of a Messenger conversation ({@code messages{...}} of a conversation object). */
final class Conversations {

    private Conversations() {
    }

    /** Hands over the messages embedded in a conversation object. */
    static void read(JsonNode conversation, String pageId, IngestContext context, String position) {
        readMessages(conversation.path("messages").path("data"), conversationId(conversation), pageId, context,
                position);
    }

    static void readMessages(JsonNode messages, String conversationId, String pageId, IngestContext context,
            String position) {
        int n = 0;
        for (JsonNode message : messages) {
            n++;
            try {
                context.message(GraphObjects.privateMessage(message, conversationId, pageId));
            } catch (RuntimeException e) {
                context.quarantine(new QuarantineRecord(position + " message " + n,
                        "not a readable Messenger message: " + e.getMessage(), GraphObjects.bytes(message)));
            }
        }
    }

    static String conversationId(JsonNode conversation) {
        String id = conversation.path("id").asText("");
        if (id.isBlank()) {
            throw new IllegalArgumentException("the conversation has no id");
        }
        return id;
    }
}

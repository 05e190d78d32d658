/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.routing;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What routing knows about one stored inbound message: where it came from, its text, its customer,
 * and its classification when one is known ({@code null} fields otherwise: conditions on them do
 * not match).
 *
 * @param interactionId
 *            the stored interaction, or 0 for a message that is not stored
 * @param conversationId
 *            its conversation, or 0
 * @param channel
 *            the connector channel id
 * @param occurredAt
 *            when it was sent
 * @param text
 *            the message text
 * @param customerTags
 *            the tags of the customer (lower case)
 * @param labels
 *            the classification, or {@code null} when the message is not classified
 */
public record MessageFacts(long interactionId, long conversationId, String channel, Instant occurredAt, String text,
        List<String> customerTags, Labels labels) {

    /** The tag that marks a customer as a VIP. */
    public static final String VIP_TAG = "vip";

    public MessageFacts {
        text = text == null ? "" : text;
        customerTags = customerTags == null
                ? List.of()
                : customerTags.stream().map(t -> t.strip().toLowerCase(Locale.ROOT)).toList();
    }

    public boolean vip() {
        return customerTags.contains(VIP_TAG);
    }

    public MessageFacts withLabels(Labels newLabels) {
        return new MessageFacts(interactionId, conversationId, channel, occurredAt, text, customerTags, newLabels);
    }

    /**
     * A message's classification as routing uses it.
     *
     * @param types
     *            question, complaint, compliment, other (lower case)
     * @param sentimentLabel
     *            negative, neutral or positive
     * @param sentimentScore
     *            -1..+1
     * @param action
     *            none, reply or urgent
     * @param influence
     *            0..100
     * @param topics
     *            the ids of the workspace's topics the message is about (outage, billing, ...)
     */
    public record Labels(Set<String> types, String sentimentLabel, double sentimentScore, String action,
            int influence, Set<String> topics) {

        public Labels {
            types = types == null ? Set.of() : Set.copyOf(types);
            topics = topics == null ? Set.of() : Set.copyOf(topics);
        }

        /** Labels of a message about no topic. */
        public Labels(Set<String> types, String sentimentLabel, double sentimentScore, String action,
                int influence) {
            this(types, sentimentLabel, sentimentScore, action, influence, Set.of());
        }
    }
}

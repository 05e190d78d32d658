/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.routing.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.parley.routing.Assignment;
import org.parley.routing.MessageFacts;
import org.parley.routing.RoutingRule;
import org.parley.routing.RoutingVersion;
import org.parley.routing.RuleCheck;
import org.parley.routing.RuleEngine;
import org.parley.routing.SlaPolicy;
import org.parley.routing.internal.MessageQuery.Message;

/**
 * Decides where one conversation goes. Every customer message of the conversation is tried against
 * the rules; the rule that comes first in the configuration and matches any of them wins (so one
 * urgent message makes the whole conversation urgent). The SLA clock starts at the first customer
 * message when the brand has not replied yet (first-reply target), else at the first customer
 * message after the brand's last reply (next-reply target); when the brand spoke last, nothing is
 * due.
 */
final class Router {

    private final RoutingVersion version;

    Router(RoutingVersion version) {
        this.version = version;
    }

    /** The assignment of a conversation from its messages (time order, labels filled in). */
    Optional<Assignment> route(long conversationId, List<Message> messages) {
        List<RoutingRule> rules = version.config().rules();
        RuleCheck best = null;
        int bestIndex = Integer.MAX_VALUE;
        long bestMessage = 0;
        for (Message message : messages) {
            if (!message.inbound()) {
                continue;
            }
            Optional<RuleCheck> check = RuleEngine.firstMatch(rules.subList(0, Math.min(bestIndex, rules.size())),
                    message.facts());
            if (check.isPresent()) {
                best = check.get();
                bestIndex = rules.indexOf(best.rule());
                bestMessage = message.facts().interactionId();
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        Clock clock = clock(messages);
        Optional<SlaPolicy> policy = version.config().policyFor(best.rule().target().queue());
        Instant due = clock == null || policy.isEmpty()
                ? null
                : policy.get().due(clock.start(), best.rule().target().priority(), clock.first());
        return Optional.of(new Assignment(conversationId, best.rule().target(), due,
                policy.map(SlaPolicy::name).orElse(null), best.rule().id(), version.version(), bestMessage,
                best.explanation()));
    }

    /** When the SLA clock started and whether it runs for a first reply; null when nothing waits. */
    static Clock clock(List<Message> messages) {
        Instant lastReply = null;
        for (Message message : messages) {
            if (!message.inbound()) {
                lastReply = message.facts().occurredAt();
            }
        }
        for (Message message : messages) {
            Instant at = message.facts().occurredAt();
            if (message.inbound() && (lastReply == null || at.isAfter(lastReply))) {
                return new Clock(at, lastReply == null);
            }
        }
        return null;
    }

    record Clock(Instant start, boolean first) {
    }

    /** Fills in labels from the labeler, when there is one. */
    static List<Message> label(List<Message> messages, Map<Long, MessageFacts.Labels> labels) {
        List<Message> labelled = new ArrayList<>(messages.size());
        for (Message message : messages) {
            MessageFacts.Labels found = labels.get(message.facts().interactionId());
            labelled.add(found == null ? message : new Message(message.facts().withLabels(found), message.inbound()));
        }
        return labelled;
    }
}

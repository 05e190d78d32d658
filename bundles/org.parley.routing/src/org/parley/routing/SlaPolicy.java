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

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reply targets per priority, counted in business hours. A policy applies to the queues it names;
 * the policy naming no queue is the default for all others.
 *
 * @param name
 *            the policy's name, unique in its configuration
 * @param queues
 *            the queues it applies to; empty for the default policy
 * @param firstReply
 *            how long the brand may take for its first reply, per priority
 * @param nextReply
 *            how long it may take to answer a customer's later message, per priority
 * @param hours
 *            when the clock runs
 */
public record SlaPolicy(String name, List<String> queues, Map<Priority, Duration> firstReply,
        Map<Priority, Duration> nextReply, BusinessHours hours) {

    public SlaPolicy {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an SLA policy needs a name");
        }
        name = name.strip();
        queues = queues == null ? List.of() : queues.stream().map(String::strip).toList();
        firstReply = copy(firstReply);
        nextReply = copy(nextReply);
        Objects.requireNonNull(hours, "SLA policy '" + name + "' has no business hours");
        for (Map<Priority, Duration> targets : List.of(firstReply, nextReply)) {
            for (Duration target : targets.values()) {
                if (target.isNegative() || target.isZero()) {
                    throw new IllegalArgumentException("SLA policy '" + name + "': targets must be positive");
                }
            }
        }
    }

    private static Map<Priority, Duration> copy(Map<Priority, Duration> targets) {
        return targets == null || targets.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(targets));
    }

    public boolean isDefault() {
        return queues.isEmpty();
    }

    /**
     * When the reply to a customer message received at {@code received} is due.
     *
     * @param first
     *            whether the brand has not yet replied in this conversation (first-reply target)
     * @return the due instant, or {@code null} when the policy sets no target for this priority
     */
    public Instant due(Instant received, Priority priority, boolean first) {
        Duration target = (first ? firstReply : nextReply).get(priority);
        return target == null ? null : hours.addBusinessTime(received, target);
    }
}

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

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A complete set of routing rules (in evaluation order) and SLA policies: what one saved version
 * holds.
 *
 * @param rules
 *            tried in this order; the first enabled rule that matches wins
 * @param policies
 *            SLA policies; at most one default (naming no queue)
 */
public record RoutingConfig(List<RoutingRule> rules, List<SlaPolicy> policies) {

    public RoutingConfig {
        rules = rules == null ? List.of() : List.copyOf(rules);
        policies = policies == null ? List.of() : List.copyOf(policies);
        Set<String> seen = new HashSet<>();
        for (RoutingRule rule : rules) {
            if (!seen.add(rule.id())) {
                throw new IllegalArgumentException("two rules have the id '" + rule.id() + "'");
            }
        }
        Set<String> names = new HashSet<>();
        Set<String> queues = new HashSet<>();
        boolean defaultSeen = false;
        for (SlaPolicy policy : policies) {
            if (!names.add(policy.name())) {
                throw new IllegalArgumentException("two SLA policies are named '" + policy.name() + "'");
            }
            if (policy.isDefault() && defaultSeen) {
                throw new IllegalArgumentException("only one SLA policy may leave its queues empty (the default)");
            }
            defaultSeen |= policy.isDefault();
            for (String queue : policy.queues()) {
                if (!queues.add(queue)) {
                    throw new IllegalArgumentException("queue '" + queue + "' is named by two SLA policies");
                }
            }
        }
    }

    public Optional<RoutingRule> rule(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** The policy naming this queue, else the default policy. */
    public Optional<SlaPolicy> policyFor(String queue) {
        return policies.stream().filter(p -> p.queues().contains(queue)).findFirst()
                .or(() -> policies.stream().filter(SlaPolicy::isDefault).findFirst());
    }
}

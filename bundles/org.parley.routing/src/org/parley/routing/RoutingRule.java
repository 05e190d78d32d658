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

import java.util.Objects;

/**
 * One routing rule: when a message meets the conditions, its conversation goes to the target. Rules
 * are tried in their order in the {@link RoutingConfig}; the first that matches wins.
 *
 * @param id
 *            a short stable name (letters, digits, dashes), unique in its configuration
 * @param name
 *            what the rule is for, shown to people
 * @param enabled
 *            a disabled rule is kept but never matches
 * @param when
 *            the conditions
 * @param target
 *            the queue and priority
 */
public record RoutingRule(String id, String name, boolean enabled, Conditions when, Target target) {

    public RoutingRule {
        if (id == null || !id.strip().matches("[A-Za-z0-9][A-Za-z0-9_.-]{0,99}")) {
            throw new IllegalArgumentException("a rule id needs 1-100 letters, digits, '-', '_' or '.', got '" + id
                    + "'");
        }
        id = id.strip();
        name = name == null || name.isBlank() ? id : name.strip();
        when = when == null ? Conditions.ANY : when;
        Objects.requireNonNull(target, "rule '" + id + "' has no target");
    }
}

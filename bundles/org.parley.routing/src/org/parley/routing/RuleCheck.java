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

import java.util.List;

/**
 * Whether a rule matches a message, and why: one line per condition, saying what was required and
 * what the message had.
 *
 * @param rule
 *            the rule tried
 * @param matched
 *            whether every condition held
 * @param reasons
 *            for each condition, e.g. {@code "type complaint is one of [complaint]"} or
 *            {@code "not: influence 12 outside 60..100"}
 */
public record RuleCheck(RoutingRule rule, boolean matched, List<String> reasons) {

    public RuleCheck {
        reasons = List.copyOf(reasons);
    }

    /** The reasons as one line. */
    public String explanation() {
        return "rule '" + rule.id() + "' " + (matched ? "matched" : "did not match") + ": "
                + (reasons.isEmpty() ? "no conditions (catches all)" : String.join("; ", reasons));
    }
}

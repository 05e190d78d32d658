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

/**
 * A routed conversation as its queue shows it: who is waiting, since when, and when the brand's
 * next reply is due.
 *
 * @param conversationId
 *            the conversation
 * @param target
 *            its queue and priority
 * @param dueAt
 *            when the brand's next reply is due, from the conversation's messages as they are now;
 *            {@code null} when the brand spoke last or no SLA target applies
 * @param overdue
 *            the due time has passed
 * @param policy
 *            the SLA policy that gives the due time, or {@code null}
 * @param ruleId
 *            the rule that routed it
 * @param configVersion
 *            the version of the rules that routed it (its SLA policies give the due time)
 * @param customer
 *            the customer's name, else the author's name or handle
 * @param channel
 *            the conversation's channel
 * @param waitingSince
 *            the customer message the reply is due for, or {@code null} when nothing waits
 * @param snippet
 *            the start of that message (else of the first customer message)
 */
public record QueueEntry(long conversationId, Target target, Instant dueAt, boolean overdue, String policy,
        String ruleId, int configVersion, String customer, String channel, Instant waitingSince, String snippet) {
}

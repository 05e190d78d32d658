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
 * Where routing put a conversation.
 *
 * @param conversationId
 *            the conversation
 * @param target
 *            its queue and priority
 * @param dueAt
 *            when the brand's reply is due, or {@code null} when nothing is waiting for an answer
 *            or no SLA target applies
 * @param policy
 *            the SLA policy that gave the due time, or {@code null}
 * @param ruleId
 *            the rule that matched
 * @param configVersion
 *            the version of the rules that routed it
 * @param interactionId
 *            the message that matched the rule
 * @param reason
 *            why the rule matched
 */
public record Assignment(long conversationId, Target target, Instant dueAt, String policy, String ruleId,
        int configVersion, long interactionId, String reason) {
}

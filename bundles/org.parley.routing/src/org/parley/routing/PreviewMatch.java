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
 * A stored message that a rule being tried matches.
 *
 * @param interactionId
 *            the message
 * @param conversationId
 *            its conversation
 * @param channel
 *            its channel
 * @param occurredAt
 *            when it was sent
 * @param preview
 *            the start of its text
 * @param check
 *            why the rule matched
 */
public record PreviewMatch(long interactionId, long conversationId, String channel, Instant occurredAt,
        String preview, RuleCheck check) {
}

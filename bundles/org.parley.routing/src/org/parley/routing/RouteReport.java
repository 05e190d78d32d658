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

import java.util.Map;

/**
 * What one routing run did.
 *
 * @param configVersion
 *            the version of the rules applied
 * @param conversations
 *            unrouted conversations with a customer message that were looked at
 * @param routed
 *            conversations assigned to a queue
 * @param unmatched
 *            conversations no rule matched (they stay unrouted)
 * @param queues
 *            conversations assigned per queue, sorted by queue name
 * @param canceled
 *            whether the run was stopped before the end (what was routed stays routed)
 */
public record RouteReport(int configVersion, int conversations, int routed, int unmatched, Map<String, Integer> queues,
        boolean canceled) {
}

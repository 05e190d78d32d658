/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.analytics;

import java.time.Instant;

/**
 * One saved version of a workspace's topic set. Saving never changes a version: it adds one.
 *
 * @param version
 *            1, 2, 3, ... in the order saved
 * @param savedAt
 *            when it was saved
 * @param note
 *            what changed, as the person saving it said
 * @param topics
 *            the topics
 */
public record TopicVersion(int version, Instant savedAt, String note, TopicSet topics) {
}

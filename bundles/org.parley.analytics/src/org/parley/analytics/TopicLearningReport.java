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

import java.util.List;
import java.util.Map;

/**
 * What {@link TopicService#learn} did.
 *
 * @param version
 *            the topic set version in use afterwards (a new one when {@code saved})
 * @param saved
 *            whether a new version was saved (only when a keyword was learned)
 * @param corrections
 *            how many topic corrections it learned from
 * @param learned
 *            the new keywords per topic id
 */
public record TopicLearningReport(int version, boolean saved, int corrections, Map<String, List<String>> learned) {

    public TopicLearningReport {
        learned = Map.copyOf(learned);
    }
}

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
import java.util.Optional;

import org.parley.store.Store;

/**
 * The topic sets of a workspace, saved as versions like the routing rules. The topic classifier
 * matches the current version; a new version makes the stored messages due for reclassification.
 */
public interface TopicService {

    /**
     * The current (newest) version; a workspace that has none gets the shipped set saved as version 1.
     */
    TopicVersion current(Store store);

    /** Every saved version, newest first. */
    List<TopicVersion> versions(Store store);

    Optional<TopicVersion> version(Store store, int version);

    /**
     * Saves the topics as a new version, which becomes the current one.
     *
     * @param note
     *            what changed (may be empty)
     */
    TopicVersion save(Store store, TopicSet topics, String note);

    /**
     * Learns keywords from the agents' topic corrections (words of messages that agents gave a topic
     * the matcher had missed) and, when it learned any, saves the set with them as a new version.
     */
    TopicLearningReport learn(Store store);

    /** The topics a new workspace starts with (a broadband and telecom provider's). */
    TopicSet defaults();
}

/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.analytics.internal;

import java.util.List;

import org.parley.analytics.ClassificationDraft;
import org.parley.analytics.TopicVersion;

/**
 * A workspace's saved topic set as the classification service uses it: the version (recorded with
 * each stored result, so that saving a new set makes the stored messages due for reclassification)
 * and its matcher.
 */
record WorkspaceTopics(int version, TopicMatcher matcher) {

    /** No saved set: the topic classifier's own (shipped) set decides. */
    static final WorkspaceTopics NONE = new WorkspaceTopics(0, null);

    static WorkspaceTopics of(TopicVersion saved) {
        return new WorkspaceTopics(saved.version(), new TopicMatcher(saved.topics()));
    }

    void apply(ClassificationDraft draft) {
        if (matcher != null) {
            TopicClassifier.apply(draft, matcher);
        }
    }

    String signature() {
        return matcher == null ? "" : ";topics=v" + version;
    }

    /** Throws for ids that are not topics of this set (of the shipped set, when none was saved). */
    void check(List<String> ids) {
        List<String> known = matcher == null ? ShippedTopics.get().ids() : matcher.topics().ids();
        for (String id : ids) {
            if (!known.contains(id)) {
                throw new IllegalArgumentException("'" + id + "' is not one of the workspace's topics " + known);
            }
        }
    }
}

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

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A workspace's topics, in the order they are shown; ids are unique. */
public record TopicSet(List<Topic> topics) {

    public TopicSet {
        topics = List.copyOf(topics);
        Set<String> seen = new HashSet<>();
        for (Topic topic : topics) {
            if (!seen.add(topic.id())) {
                throw new IllegalArgumentException("topic id '" + topic.id() + "' is used twice");
            }
        }
    }

    public Optional<Topic> topic(String id) {
        return topics.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public List<String> ids() {
        return topics.stream().map(Topic::id).toList();
    }
}

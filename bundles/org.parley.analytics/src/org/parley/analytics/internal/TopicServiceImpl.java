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

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.parley.analytics.TopicLearningReport;
import org.parley.analytics.TopicService;
import org.parley.analytics.TopicSet;
import org.parley.analytics.TopicVersion;
import org.parley.store.Store;

/** A workspace's topic sets as versions in its database; version 1 is always the shipped set. */
@Component(service = TopicService.class)
public final class TopicServiceImpl implements TopicService {

    @Override
    public TopicVersion current(Store store) {
        Optional<TopicVersion> newest = store.query(TopicSetTable::newest);
        if (newest.isPresent()) {
            return newest.get();
        }
        return store.jdbc(connection -> {
            Optional<TopicVersion> raced = TopicSetTable.newest(connection);
            return raced.isPresent()
                    ? raced.get()
                    : TopicSetTable.insert(connection, defaults(), "the shipped topics", Instant.now());
        });
    }

    @Override
    public List<TopicVersion> versions(Store store) {
        return store.query(TopicSetTable::all);
    }

    @Override
    public Optional<TopicVersion> version(Store store, int version) {
        return store.query(connection -> TopicSetTable.find(connection, version));
    }

    @Override
    public TopicVersion save(Store store, TopicSet topics, String note) {
        current(store); // version 1 is always the set a workspace started with
        return store.jdbc(connection -> TopicSetTable.insert(connection, topics, note, Instant.now()));
    }

    @Override
    public TopicLearningReport learn(Store store) {
        TopicVersion current = current(store);
        List<Example> corrections = store.query(TrainingData::fromCorrections);
        TopicLearning.Outcome outcome = TopicLearning.learn(current.topics(), corrections);
        if (!outcome.changed()) {
            return new TopicLearningReport(current.version(), false, outcome.corrections(), outcome.learned());
        }
        String note = "learned from " + outcome.corrections() + " topic corrections: " + String.join("; ", outcome
                .learned().entrySet().stream().map(e -> e.getKey() + " +" + String.join(" +", e.getValue()))
                .toList());
        TopicVersion saved = save(store, outcome.topics(), note);
        return new TopicLearningReport(saved.version(), true, outcome.corrections(), outcome.learned());
    }

    @Override
    public TopicSet defaults() {
        return ShippedTopics.get();
    }
}

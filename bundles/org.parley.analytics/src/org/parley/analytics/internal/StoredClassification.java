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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.parley.analytics.Aspect;
import org.parley.analytics.Classification;
import org.parley.analytics.Correction;
import org.parley.store.Store;

/**
 * One run of classifying stored interactions: finds those that need it, classifies them in batches
 * of {@value #BATCH}, each batch stored in its own transaction, agents' corrections laid over the
 * new results. Stops between batches when cancelled; what was stored stays.
 */
final class StoredClassification {

    static final int BATCH = 500;

    private final ClassificationServiceImpl service;
    private final Store store;

    StoredClassification(ClassificationServiceImpl service, Store store) {
        this.service = service;
        this.store = store;
    }

    int run(boolean all, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, "Classifying messages", 100);
        Chain chain = service.currentChain();
        Optional<LearnedModel> model = service.model(store);
        WorkspaceTopics topics = service.topics(store, chain);
        String signature = service.signature(chain, model, topics);
        List<Long> ids = store.query(c -> StoredMessages.candidates(c, all, signature));
        if (ids.isEmpty()) {
            return 0;
        }
        Map<Long, Integer> earlier = store.query(StoredMessages::earlierContacts);
        Map<Long, Map<Aspect, Correction>> corrections = store.query(Corrections::latest);
        progress.setWorkRemaining(ids.size());
        int done = 0;
        for (int from = 0; from < ids.size(); from += BATCH) {
            if (progress.isCanceled()) {
                return done;
            }
            List<Long> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
            progress.subTask(from + " of " + ids.size());
            List<StoredMessages.Message> messages = store.query(c -> StoredMessages.load(c, batch, earlier));
            List<ClassificationTable.Row> rows = new ArrayList<>(messages.size());
            for (StoredMessages.Message m : messages) {
                Classification c = ClassificationServiceImpl.classify(chain, model, topics, m.text(), m.facts());
                Map<Aspect, Correction> agents = corrections.get(m.id());
                if (agents != null) {
                    c = Corrections.apply(c, agents.values());
                }
                rows.add(new ClassificationTable.Row(m.id(), c, signature, agents != null));
            }
            store.jdbc(c -> {
                ClassificationTable.save(c, rows);
                return null;
            });
            done += rows.size();
            progress.worked(batch.size());
        }
        return done;
    }
}

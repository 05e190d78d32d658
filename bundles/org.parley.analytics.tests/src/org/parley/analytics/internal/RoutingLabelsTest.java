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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.analytics.Aspect;
import org.parley.analytics.ClassificationService;
import org.parley.routing.MessageFacts;
import org.parley.routing.MessageLabeler;
import org.parley.routing.RoutingJson;
import org.parley.routing.RoutingRule;
import org.parley.routing.RuleEngine;
import org.parley.store.Store;
import org.parley.store.StoreFactory;
import org.parley.store.StoreSettings;

/**
 * Routing sees the analytics verdicts, an agent's correction included, through the labeler service.
 */
class RoutingLabelsTest {

    @TempDir
    Path workspace;

    @Test
    void messagesImportedButNotYetClassifiedAreClassifiedWithTheirAuthorsInfluence() throws Exception {
        MessageLabeler labeler = ClassificationServiceTest.service(MessageLabeler.class);
        ClassificationService service = ClassificationServiceTest.service(ClassificationService.class);
        try (Store store = ClassificationServiceTest.service(StoreFactory.class)
                .open(StoreSettings.embedded(workspace))) {
            List<Long> ids = ClassificationServiceTest.seed(store);
            MessageFacts fresh = new MessageFacts(ids.get(0), 0, "x", Instant.now(), "ignored: the stored text counts",
                    List.of(), null);
            MessageFacts.Labels labels = labeler.labels(store, List.of(fresh)).get(ids.get(0));
            assertTrue(labels.influence() >= 40, "52k followers, verified: " + labels.influence());
            assertTrue(labels.types().contains("complaint"), labels.types().toString());
            assertTrue(service.get(store, ids.get(0)).isPresent(), "and stored");
        }
    }

    @Test
    void routingGetsStoredVerdictsWithCorrectionsAndClassifiesUnstoredTextOnTheSpot() throws Exception {
        MessageLabeler labeler = ClassificationServiceTest.service(MessageLabeler.class);
        ClassificationService service = ClassificationServiceTest.service(ClassificationService.class);
        try (Store store = ClassificationServiceTest.service(StoreFactory.class)
                .open(StoreSettings.embedded(workspace))) {
            List<Long> ids = ClassificationServiceTest.seed(store);
            service.classifyStored(store, false, new NullProgressMonitor());
            service.correct(store, ids.get(1), Aspect.ACTION, "urgent", "ana");
            MessageFacts stored = new MessageFacts(ids.get(1), 0, "x", Instant.now(), "how do I change my address?",
                    List.of(), null);
            MessageFacts typed = new MessageFacts(0, 0, "email", Instant.now(),
                    "I have instructed my lawyer. This is a disgrace.", List.of(), null);
            Map<Long, MessageFacts.Labels> labels = labeler.labels(store, List.of(stored, typed));
            assertEquals("urgent", labels.get(ids.get(1)).action(), "the agent's correction");
            assertTrue(labels.get(ids.get(1)).influence() >= 40, "52k followers, verified");
            assertEquals("urgent", labels.get(0L).action());
            assertTrue(labels.get(0L).types().contains("complaint"), labels.get(0L).types().toString());
            assertEquals("negative", labels.get(0L).sentimentLabel());
        }
    }

    @Test
    void routingSeesTheTopicsOfAMessageAndAnAgentsTopicCorrection() throws Exception {
        MessageLabeler labeler = ClassificationServiceTest.service(MessageLabeler.class);
        ClassificationService service = ClassificationServiceTest.service(ClassificationService.class);
        try (Store store = ClassificationServiceTest.service(StoreFactory.class)
                .open(StoreSettings.embedded(workspace))) {
            List<Long> ids = ClassificationServiceTest.store(store, List.of("No internet since Monday, down again",
                    "The hub lights are all red"));
            service.classifyStored(store, false, new NullProgressMonitor());
            service.correct(store, ids.get(1), Aspect.TOPIC, "outage,equipment", "ana");
            Map<Long, MessageFacts.Labels> labels = labeler.labels(store, List.of(
                    new MessageFacts(ids.get(0), 0, "email", Instant.now(), "", List.of(), null),
                    new MessageFacts(ids.get(1), 0, "email", Instant.now(), "", List.of(), null)));
            assertEquals(java.util.Set.of("outage"), labels.get(ids.get(0)).topics());
            assertEquals(java.util.Set.of("outage", "equipment"), labels.get(ids.get(1)).topics());
            RoutingRule network = RoutingJson.readRule("{\"id\": \"network\", \"when\": {\"topics\": [\"outage\"]},"
                    + " \"target\": {\"team\": \"Network\"}}");
            for (Long id : ids) {
                MessageFacts message = new MessageFacts(id, 0, "email", Instant.now(), "", List.of(), labels.get(id));
                assertTrue(RuleEngine.check(network, message).matched(), "message " + id);
            }
        }
    }
}

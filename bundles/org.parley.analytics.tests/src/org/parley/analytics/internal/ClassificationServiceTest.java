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
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.util.tracker.ServiceTracker;
import org.parley.analytics.ActionNeeded;
import org.parley.analytics.Aspect;
import org.parley.analytics.Classification;
import org.parley.analytics.ClassificationService;
import org.parley.analytics.ClassifierId;
import org.parley.analytics.MessageClassifier;
import org.parley.analytics.MessageType;
import org.parley.analytics.SentimentLabel;
import org.parley.analytics.TrainingReport;
import org.parley.model.Customer;
import org.parley.model.Direction;
import org.parley.model.Identity;
import org.parley.model.Interaction;
import org.parley.store.Store;
import org.parley.store.StoreFactory;
import org.parley.store.StoreSettings;

/**
 * The classification service on a real workspace: stored messages are classified in the background,
 * an agent's correction sticks, and a classifier bundle replaces one of Parley's.
 */
class ClassificationServiceTest {

    private static final Instant MONDAY = Instant.parse("2026-11-16T09:30:00Z");

    @TempDir
    Path workspace;

    @Test
    void storedMessagesAreClassifiedWithTheAuthorsInfluenceAndAnOutboundReplyIsNot() throws Exception {
        ClassificationService service = service(ClassificationService.class);
        try (Store store = service(StoreFactory.class).open(StoreSettings.embedded(workspace))) {
            List<Long> ids = seed(store);
            assertEquals(3, service.classifyStored(store, false, new NullProgressMonitor()), "three inbound");
            assertEquals(0, service.classifyStored(store, false, new NullProgressMonitor()), "nothing new");

            Classification complaint = service.get(store, ids.get(0)).orElseThrow();
            assertTrue(complaint.is(MessageType.COMPLAINT), complaint.toString());
            assertEquals(SentimentLabel.NEGATIVE, complaint.sentimentLabel());
            assertTrue(complaint.influence() >= 40, "52k followers, verified: " + complaint.influenceExplanation());
            assertTrue(complaint.cues().size() > 2, "the cues survive storage");
            Classification again = service.get(store, ids.get(2)).orElseThrow();
            assertTrue(again.influenceExplanation().contains("2 earlier messages"), again.influenceExplanation());
            assertTrue(service.get(store, ids.get(3)).isEmpty(), "our own reply is not classified");
        }
    }

    @Test
    void anAgentsCorrectionIsStoredAndSurvivesReclassification() throws Exception {
        ClassificationService service = service(ClassificationService.class);
        try (Store store = service(StoreFactory.class).open(StoreSettings.embedded(workspace))) {
            List<Long> ids = seed(store);
            service.classifyStored(store, false, new NullProgressMonitor());
            service.correct(store, ids.get(1), Aspect.ACTION, "urgent", "ana");
            service.correct(store, ids.get(1), Aspect.TYPE, "question, complaint", "ana");
            service.classifyStored(store, true, new NullProgressMonitor());

            Classification corrected = service.get(store, ids.get(1)).orElseThrow();
            assertEquals(ActionNeeded.URGENT, corrected.action());
            assertEquals(Set.of(MessageType.QUESTION, MessageType.COMPLAINT), corrected.types());
            assertEquals("agent@1", corrected.classifiers().get(Aspect.ACTION).toString());
            assertEquals(2, service.corrections(store, ids.get(1)).size());
            assertEquals("reply", service.corrections(store, ids.get(1)).get(0).previous());

            assertThrows(IllegalArgumentException.class, () -> service.correct(store, ids.get(1), Aspect.ACTION,
                    "asap", "ana"));
            assertThrows(NoSuchElementException.class, () -> service.correct(store, 999_999L, Aspect.ACTION,
                    "none", "ana"));
        }
    }

    @Test
    void trainingStoresAVersionedModelThatIsUsedOnlyWhereItBeatsTheChain() throws Exception {
        ClassificationService service = service(ClassificationService.class);
        try (Store store = service(StoreFactory.class).open(StoreSettings.embedded(workspace))) {
            seed(store);
            TrainingReport first = service.train(store, new NullProgressMonitor());
            TrainingReport second = service.train(store, new NullProgressMonitor());
            assertEquals(first.version() + 1, second.version());
            assertTrue(first.heldOut() > 0 && first.examples() > first.heldOut());
            for (Aspect aspect : List.of(Aspect.TYPE, Aspect.SENTIMENT, Aspect.ACTION)) {
                boolean used = second.active().get(aspect);
                assertEquals(second.modelAccuracy().get(aspect) > second.chainAccuracy().get(aspect), used,
                        aspect.key());
                ClassifierId decider = service.classify(store, "Where is my parcel?", null).classifiers().get(aspect);
                assertEquals(used, decider.id().equals("parley.learned"), aspect + " decided by " + decider);
            }
        }
    }

    @Test
    void aClassifierWithAHigherRankingReplacesParleysAndStoredMessagesAreReclassified() throws Exception {
        ClassificationService service = service(ClassificationService.class);
        BundleContext context = FrameworkUtil.getBundle(ClassificationServiceTest.class).getBundleContext();
        try (Store store = service(StoreFactory.class).open(StoreSettings.embedded(workspace))) {
            seed(store);
            service.classifyStored(store, false, new NullProgressMonitor());
            Dictionary<String, Object> ranking = new Hashtable<>();
            ranking.put(Constants.SERVICE_RANKING, 10);
            ServiceRegistration<MessageClassifier> ours = context.registerService(MessageClassifier.class,
                    new EverythingIsAQuestion(), ranking);
            try {
                assertEquals("acme.type@2", service.chain().get(Aspect.TYPE).toString());
                assertEquals(3, service.classifyStored(store, false, new NullProgressMonitor()),
                        "the chain changed, so every message is classified again");
                assertTrue(service.classify("I love you", null).is(MessageType.QUESTION));
            } finally {
                ours.unregister();
            }
            assertEquals("parley.type@1.2", service.chain().get(Aspect.TYPE).toString());
        }
    }

    /** An organisation's own type classifier. */
    private static final class EverythingIsAQuestion implements MessageClassifier {

        @Override
        public ClassifierId id() {
            return new ClassifierId("acme.type", "2");
        }

        @Override
        public Set<Aspect> aspects() {
            return Set.of(Aspect.TYPE);
        }

        @Override
        public void classify(org.parley.analytics.ClassificationDraft draft) {
            draft.setTypes(id(), Set.of(MessageType.QUESTION));
        }
    }

    /** Three inbound messages from one verified author with 52k followers, and an outbound reply. */
    static List<Long> seed(Store store) {
        Customer ada = new Customer("Ada Lovelace", MONDAY);
        Identity x = new Identity("x", "@ada");
        x.setFollowers(52_000);
        x.setVerified(true);
        ada.addIdentity(x);
        List<Object> entities = new ArrayList<>(List.of(ada));
        String[] texts = {"My order arrived broken and nobody answers. Terrible service!",
                "Hi, how do I change my delivery address?", "Thanks, all sorted now", "Sorry to hear that, DM us"};
        List<Interaction> messages = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            Interaction m = new Interaction("x", "t" + i, i == 3 ? Direction.OUTBOUND : Direction.INBOUND,
                    MONDAY.plusSeconds(60L * i));
            m.setAuthor(x);
            m.setText(texts[i]);
            messages.add(m);
        }
        entities.addAll(messages);
        store.saveAll(entities);
        return messages.stream().map(m -> store.interactions().find("x", m.getExternalId()).orElseThrow().getId())
                .toList();
    }

    /** Stores inbound messages with these texts from one author; their ids in order. */
    static List<Long> store(Store store, List<String> texts) {
        Customer bo = new Customer("Bo Branch", MONDAY);
        Identity email = new Identity("email", "bo@example.org");
        bo.addIdentity(email);
        List<Object> entities = new ArrayList<>(List.of(bo));
        List<Interaction> messages = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            Interaction m = new Interaction("email", "card-" + i, Direction.INBOUND, MONDAY.plusSeconds(60L * i));
            m.setAuthor(email);
            m.setText(texts.get(i));
            messages.add(m);
        }
        entities.addAll(messages);
        store.saveAll(entities);
        return messages.stream().map(m -> store.interactions().find("email", m.getExternalId()).orElseThrow()
                .getId()).toList();
    }

    static <T> T service(Class<T> type) throws InterruptedException {
        BundleContext context = FrameworkUtil.getBundle(ClassificationServiceTest.class).getBundleContext();
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        T service = tracker.waitForService(10_000);
        assertNotNull(service, type.getSimpleName() + " is registered");
        return service;
    }
}

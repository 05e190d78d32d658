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
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.WeakHashMap;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.parley.analytics.Aspect;
import org.parley.analytics.Classification;
import org.parley.analytics.ClassificationDraft;
import org.parley.analytics.ClassificationService;
import org.parley.analytics.ClassifierId;
import org.parley.analytics.Correction;
import org.parley.analytics.MessageClassifier;
import org.parley.analytics.MessageFacts;
import org.parley.analytics.TrainingReport;
import org.parley.store.Store;
import org.parley.store.WorkbenchSession;

/**
 * The classification service: keeps the chain of registered classifiers current, runs it (with the
 * workspace's learned model where active), stores results and corrections, trains models.
 */
@Component(service = ClassificationService.class)
public final class ClassificationServiceImpl implements ClassificationService {

    private final List<Chain.Ranked> registered = new ArrayList<>();
    private final Map<Store, Optional<LearnedModel>> models = Collections.synchronizedMap(new WeakHashMap<>());
    private final Map<Store, WorkspaceTopics> topicSets = Collections.synchronizedMap(new WeakHashMap<>());
    private final AutoReclassify auto = new AutoReclassify(this);
    private volatile Chain chain = Chain.of(List.of());

    /** For use without OSGi: a service over Parley's own classifiers. */
    static ClassificationServiceImpl withBuiltIns() {
        ClassificationServiceImpl service = new ClassificationServiceImpl();
        service.chain = Chain.builtIn(Lexicon.load());
        return service;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addClassifier(MessageClassifier classifier, Map<String, Object> properties) {
        synchronized (registered) {
            registered.add(new Chain.Ranked(classifier, intOf(properties.get(Constants.SERVICE_RANKING)),
                    longOf(properties.get(Constants.SERVICE_ID))));
            changed();
        }
    }

    void removeClassifier(MessageClassifier classifier) {
        synchronized (registered) {
            registered.removeIf(r -> r.classifier() == classifier);
            changed();
        }
    }

    private void changed() {
        String before = chain.signature();
        chain = Chain.of(List.copyOf(registered));
        if (!before.equals(chain.signature())) {
            auto.chainChanged();
        }
    }

    /** The open workbench, whose workspace is reclassified when the chain changes. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setWorkbench(WorkbenchSession session) {
        auto.setWorkspace(session.store());
    }

    void unsetWorkbench(WorkbenchSession session) {
        auto.unsetWorkspace(session.store());
    }

    private static int intOf(Object value) {
        return value instanceof Integer i ? i : 0;
    }

    private static long longOf(Object value) {
        return value instanceof Long l ? l : Long.MAX_VALUE;
    }

    @Override
    public Map<Aspect, ClassifierId> chain() {
        return chain.deciders();
    }

    Chain currentChain() {
        return chain;
    }

    @Override
    public Classification classify(String text, MessageFacts facts) {
        return chain.classify(text, facts);
    }

    @Override
    public Classification classify(Store store, String text, MessageFacts facts) {
        Chain current = chain;
        return classify(current, model(store), topics(store, current), text, facts);
    }

    static Classification classify(Chain chain, Optional<LearnedModel> model, String text, MessageFacts facts) {
        return classify(chain, model, WorkspaceTopics.NONE, text, facts);
    }

    /** The chain, then the workspace's own topic set (when it has one), then its learned model. */
    static Classification classify(Chain chain, Optional<LearnedModel> model, WorkspaceTopics topics, String text,
            MessageFacts facts) {
        ClassificationDraft draft = new ClassificationDraft(text, facts);
        chain.run(draft);
        topics.apply(draft);
        model.ifPresent(m -> m.apply(draft));
        return draft.build();
    }

    /**
     * The workspace's current topic set, when Parley's topic classifier decides topics and the
     * workspace saved a set; otherwise {@link WorkspaceTopics#NONE} (the chain's shipped set stays).
     */
    WorkspaceTopics topics(Store store, Chain current) {
        if (!TopicClassifier.ID.equals(current.deciders().get(Aspect.TOPIC))) {
            return WorkspaceTopics.NONE;
        }
        int newest = store.query(TopicSetTable::newestNumber);
        if (newest == 0) {
            return WorkspaceTopics.NONE;
        }
        WorkspaceTopics cached = topicSets.get(store);
        if (cached != null && cached.version() == newest) {
            return cached;
        }
        WorkspaceTopics loaded = store.query(c -> TopicSetTable.find(c, newest)).map(WorkspaceTopics::of)
                .orElse(WorkspaceTopics.NONE);
        topicSets.put(store, loaded);
        return loaded;
    }

    Optional<LearnedModel> model(Store store) {
        return models.computeIfAbsent(store, s -> s.query(ModelTable::active));
    }

    /** What is stored with each result, so that a change of classifier or model is noticed. */
    String signature(Chain current, Optional<LearnedModel> model) {
        return signature(current, model, WorkspaceTopics.NONE);
    }

    /** As {@link #signature(Chain, Optional)}, with the version of the workspace's topic set. */
    String signature(Chain current, Optional<LearnedModel> model, WorkspaceTopics topics) {
        return current.signature() + topics.signature() + model.map(m -> ";model=" + m.id()).orElse("");
    }

    @Override
    public int classifyStored(Store store, boolean all, IProgressMonitor monitor) {
        return new StoredClassification(this, store).run(all, monitor);
    }

    @Override
    public Optional<Classification> get(Store store, long interactionId) {
        return Optional.ofNullable(get(store, List.of(interactionId)).get(interactionId));
    }

    @Override
    public Map<Long, Classification> get(Store store, Collection<Long> interactionIds) {
        Map<Long, ClassificationTable.Row> rows = store.query(c -> ClassificationTable.load(c, interactionIds));
        Map<Long, Classification> result = new HashMap<>(rows.size() * 2);
        rows.forEach((id, row) -> result.put(id, row.classification()));
        return result;
    }

    @Override
    public Correction correct(Store store, long interactionId, Aspect aspect, String value, String agent) {
        String normalized = Values.normalize(aspect, value);
        Chain current = chain;
        WorkspaceTopics topics = topics(store, current);
        if (aspect == Aspect.TOPIC) {
            topics.check(Values.topics(normalized));
        }
        if (agent == null || agent.isBlank()) {
            throw new IllegalArgumentException("a correction needs the agent's name");
        }
        StoredMessages.Message message = store.query(c -> StoredMessages.one(c, interactionId, Map.of()));
        if (message == null) {
            throw new NoSuchElementException("There is no interaction " + interactionId);
        }
        Optional<LearnedModel> model = model(store);
        return store.jdbc(c -> {
            ClassificationTable.Row row = ClassificationTable.load(c, List.of(interactionId)).get(interactionId);
            Classification before = row != null
                    ? row.classification()
                    : classify(current, model, topics, message.text(), message.facts());
            Correction correction = new Correction(interactionId, aspect, normalized, Values.of(before, aspect),
                    agent.strip(), Instant.now());
            Corrections.insert(c, correction);
            Classification after = Corrections.apply(before, List.of(correction));
            String chainSignature = row != null ? row.chain() : signature(current, model, topics);
            ClassificationTable.save(c, List.of(new ClassificationTable.Row(interactionId, after, chainSignature,
                    true)));
            return correction;
        });
    }

    @Override
    public List<Correction> corrections(Store store, long interactionId) {
        return store.query(c -> Corrections.list(c, interactionId));
    }

    @Override
    public TrainingReport train(Store store, IProgressMonitor monitor) {
        List<Example> examples = new ArrayList<>(Trainer.seed());
        examples.addAll(store.query(TrainingData::fromCorrections));
        int version = store.query(ModelTable::nextVersion);
        Trainer.Outcome outcome = Trainer.train(version, examples, chain);
        store.jdbc(c -> {
            ModelTable.insert(c, outcome.model(), outcome.report());
            return null;
        });
        models.put(store, outcome.model().active().isEmpty() ? Optional.empty() : Optional.of(outcome.model()));
        return outcome.report();
    }

    @Override
    public Job reclassifyJob(Store store, boolean all) {
        return new ReclassifyJob(this, store, all);
    }
}

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
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.parley.analytics.ActionNeeded;
import org.parley.analytics.Aspect;
import org.parley.analytics.ClassificationDraft;
import org.parley.analytics.ClassifierId;
import org.parley.analytics.Cue;
import org.parley.analytics.MessageType;
import org.parley.analytics.SentimentLabel;

/**
 * The workspace's learned model: naive Bayes heads per aspect (one yes/no head per message type,
 * one head for the sentiment label, one for the action), trained from seed data and agents'
 * corrections. It overrides the chain only for its active aspects, those where it beat the chain on
 * held-out examples.
 */
final class LearnedModel {

    static final String KIND = "logistic-regression";
    private static final List<MessageType> TYPE_HEADS = List.of(MessageType.QUESTION, MessageType.COMPLAINT,
            MessageType.COMPLIMENT);
    private static final String YES = "yes";

    private final int version;
    private final Map<Aspect, Map<String, Head>> heads;
    private final Set<Aspect> active;

    private LearnedModel(int version, Map<Aspect, Map<String, Head>> heads, Set<Aspect> active) {
        this.version = version;
        this.heads = heads;
        this.active = active.isEmpty() ? EnumSet.noneOf(Aspect.class) : EnumSet.copyOf(active);
    }

    static LearnedModel train(int version, List<Example> examples) {
        Map<String, List<List<String>>> features = new LinkedHashMap<>();
        Map<String, List<String>> labels = new LinkedHashMap<>();
        for (Example example : examples) {
            List<String> f = NaiveBayes.features(example.text());
            if (example.aspect() == Aspect.TYPE) {
                Set<MessageType> types = Values.types(example.value());
                for (MessageType type : TYPE_HEADS) {
                    String head = Aspect.TYPE.key() + "/" + type.key();
                    features.computeIfAbsent(head, h -> new ArrayList<>()).add(f);
                    labels.computeIfAbsent(head, h -> new ArrayList<>()).add(types.contains(type) ? YES : "no");
                }
            } else {
                String head = example.aspect().key() + "/" + example.aspect().key();
                features.computeIfAbsent(head, h -> new ArrayList<>()).add(f);
                labels.computeIfAbsent(head, h -> new ArrayList<>()).add(example.value());
            }
        }
        Map<Aspect, Map<String, Head>> heads = new EnumMap<>(Aspect.class);
        features.forEach((head, f) -> {
            String[] parts = head.split("/", 2);
            Aspect aspect = Aspect.valueOf(parts[0].toUpperCase(java.util.Locale.ROOT));
            heads.computeIfAbsent(aspect, a -> new LinkedHashMap<>()).put(parts[1],
                    LogisticHead.fit(f, labels.get(head)));
        });
        return new LearnedModel(version, heads, Set.of());
    }

    LearnedModel withActive(Set<Aspect> aspects) {
        return new LearnedModel(version, heads, aspects);
    }

    int version() {
        return version;
    }

    Set<Aspect> active() {
        return active.isEmpty() ? Set.of() : EnumSet.copyOf(active);
    }

    ClassifierId id() {
        return new ClassifierId("parley.learned", Integer.toString(version));
    }

    boolean knows(Aspect aspect) {
        return heads.containsKey(aspect);
    }

    /** The model's value for an aspect, in {@link Values} form. */
    String predict(Aspect aspect, String text) {
        return predict(aspect, NaiveBayes.features(text)).label();
    }

    private Head.Prediction predict(Aspect aspect, List<String> features) {
        Map<String, Head> aspectHeads = heads.get(aspect);
        if (aspect != Aspect.TYPE) {
            return aspectHeads.get(aspect.key()).predict(features);
        }
        Set<MessageType> types = EnumSet.noneOf(MessageType.class);
        List<String> why = new ArrayList<>();
        for (Map.Entry<String, Head> head : aspectHeads.entrySet()) {
            Head.Prediction p = head.getValue().predict(features);
            if (YES.equals(p.label())) {
                types.add(MessageType.of(head.getKey()));
                why.addAll(p.features());
            }
        }
        return new Head.Prediction(Values.typeKeys(types.isEmpty() ? Set.of(MessageType.OTHER) : types), why);
    }

    /** Overrides the draft's verdicts for the active aspects, with the features that decided. */
    void apply(ClassificationDraft draft) {
        if (active.isEmpty()) {
            return;
        }
        List<String> features = NaiveBayes.features(draft.text());
        ClassifierId id = id();
        for (Aspect aspect : active) {
            Head.Prediction p = predict(aspect, features);
            switch (aspect) {
                case TYPE -> draft.setTypes(id, Values.types(p.label()));
                case SENTIMENT -> draft.setSentimentLabel(id, SentimentLabel.of(p.label()));
                case ACTION -> draft.setAction(id, ActionNeeded.of(p.label()), "learned model: " + p.features());
                default -> {
                    continue;
                }
            }
            draft.addCue(new Cue(id, aspect, "model:" + p.label(), 1,
                    "learned model v" + version + " says " + p.label() + " from " + p.features()));
        }
    }

    JsonNode toJson() {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("kind", KIND);
        json.put("version", version);
        ObjectNode aspects = json.putObject("aspects");
        heads.forEach((aspect, aspectHeads) -> {
            ObjectNode node = aspects.putObject(aspect.key());
            aspectHeads.forEach((name, head) -> node.set(name, head.toJson()));
        });
        return json;
    }

    static LearnedModel fromJson(JsonNode json, Set<Aspect> active) {
        Map<Aspect, Map<String, Head>> heads = new EnumMap<>(Aspect.class);
        json.path("aspects").properties().forEach(a -> {
            Map<String, Head> aspectHeads = new LinkedHashMap<>();
            a.getValue().properties().forEach(h -> aspectHeads.put(h.getKey(), Head.fromJson(h.getValue())));
            heads.put(Aspect.valueOf(a.getKey().toUpperCase(java.util.Locale.ROOT)), aspectHeads);
        });
        return new LearnedModel(json.path("version").asInt(), heads, active);
    }
}

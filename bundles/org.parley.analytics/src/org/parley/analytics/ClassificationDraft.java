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

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The classification of one message while the chain builds it. Each {@link MessageClassifier} reads
 * the text, the facts and what earlier classifiers decided, and sets its own verdicts with its
 * cues. Not thread safe: one draft per message.
 */
public final class ClassificationDraft {

    private final String text;
    private final MessageFacts facts;
    private final Set<MessageType> types = EnumSet.noneOf(MessageType.class);
    private final List<Cue> cues = new ArrayList<>();
    private final Map<Aspect, ClassifierId> deciders = new EnumMap<>(Aspect.class);
    private double sentimentScore;
    private SentimentLabel sentimentLabel;
    private ActionNeeded action = ActionNeeded.NONE;
    private String actionCue = "";
    private int influence;
    private String influenceExplanation = "";
    private final List<String> topics = new ArrayList<>();

    public ClassificationDraft(String text, MessageFacts facts) {
        this.text = text == null ? "" : text;
        this.facts = facts == null ? MessageFacts.NONE : facts;
    }

    public String text() {
        return text;
    }

    public MessageFacts facts() {
        return facts;
    }

    /** The sentiment score decided so far, empty before a sentiment classifier ran. */
    public OptionalDouble sentiment() {
        return deciders.containsKey(Aspect.SENTIMENT) ? OptionalDouble.of(sentimentScore) : OptionalDouble.empty();
    }

    /** The label decided so far ({@link SentimentLabel#NEUTRAL} before a sentiment classifier ran). */
    public SentimentLabel sentimentLabel() {
        return sentimentLabel == null ? SentimentLabel.of(sentimentScore) : sentimentLabel;
    }

    /** The types decided so far (empty before a type classifier ran). */
    public Set<MessageType> types() {
        return Set.copyOf(types);
    }

    /** The cues given so far. */
    public List<Cue> cues() {
        return List.copyOf(cues);
    }

    /** The cues of one aspect given so far. */
    public List<Cue> cues(Aspect aspect) {
        return cues.stream().filter(c -> c.aspect() == aspect).toList();
    }

    public ActionNeeded action() {
        return action;
    }

    /** Sets the sentiment score (clamped to −1…+1); the label follows from it. */
    public void setSentiment(ClassifierId by, double score) {
        sentimentScore = Math.max(-1, Math.min(1, score));
        sentimentLabel = null;
        deciders.put(Aspect.SENTIMENT, by);
    }

    /** Overrides the label, for a model that predicts labels rather than scores. */
    public void setSentimentLabel(ClassifierId by, SentimentLabel label) {
        sentimentLabel = label;
        deciders.put(Aspect.SENTIMENT, by);
    }

    /** Sets the types; an empty set means {@link MessageType#OTHER}. */
    public void setTypes(ClassifierId by, Set<MessageType> decided) {
        types.clear();
        types.addAll(decided);
        if (types.size() > 1) {
            types.remove(MessageType.OTHER);
        }
        deciders.put(Aspect.TYPE, by);
    }

    public void setAction(ClassifierId by, ActionNeeded needed, String cue) {
        action = needed;
        actionCue = cue == null ? "" : cue;
        deciders.put(Aspect.ACTION, by);
    }

    /** Sets the influence (clamped to 0…100) and how it was made. */
    public void setInfluence(ClassifierId by, int score, String explanation) {
        influence = Math.max(0, Math.min(100, score));
        influenceExplanation = explanation == null ? "" : explanation;
        deciders.put(Aspect.INFLUENCE, by);
    }

    /** The topics decided so far (empty before a topic classifier ran). */
    public List<String> topics() {
        return List.copyOf(topics);
    }

    /** Sets the topic ids; an empty list means the message fits none. */
    public void setTopics(ClassifierId by, List<String> decided) {
        topics.clear();
        topics.addAll(decided);
        deciders.put(Aspect.TOPIC, by);
    }

    public void addCue(Cue cue) {
        cues.add(cue);
    }

    /** Drops the cues of an aspect, for a classifier that replaces an earlier verdict. */
    public void clearCues(Aspect aspect) {
        cues.removeIf(c -> c.aspect() == aspect);
    }

    /** The finished classification; a message no type classifier claimed is {@code other}. */
    public Classification build() {
        Set<MessageType> finalTypes = types.isEmpty() ? Set.of(MessageType.OTHER) : types;
        return new Classification(finalTypes, sentimentScore, sentimentLabel(), action, actionCue, influence,
                influenceExplanation, cues, deciders, topics);
    }
}

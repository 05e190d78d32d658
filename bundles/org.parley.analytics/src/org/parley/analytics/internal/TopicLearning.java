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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.parley.analytics.Aspect;
import org.parley.analytics.Topic;
import org.parley.analytics.TopicSet;

/**
 * Learns topic keywords from agents' topic corrections: a word becomes a keyword of a topic when it
 * is in at least two messages that agents gave that topic and the matcher had missed, and in no
 * corrected message that agents said is not about it. Short and common words, numbers, negations
 * and words that are already keywords are never learned; at most five words per topic per run.
 */
final class TopicLearning {

    static final int MIN_MESSAGES = 2;
    static final int MAX_WORDS = 5;
    private static final Set<String> COMMON = Set.of("this", "that", "with", "have", "from", "your", "what", "when",
            "where", "there", "their", "they", "been", "were", "will", "would", "could", "should", "about", "which",
            "just", "like", "still", "again", "please", "thanks", "thank", "hello", "help", "need", "want", "know",
            "does", "since", "after", "before", "because", "into", "over", "only", "very", "much", "some", "than",
            "then", "them", "here", "also", "being", "today", "week", "month", "days", "time", "really", "anyone",
            "every", "other", "even", "more", "most", "make", "made", "doing", "done", "going", "tried",
            "anything", "something", "nothing", "someone", "while", "these", "those", "hours", "morning", "evening",
            "yesterday", "tomorrow", "said", "told", "asked", "getting", "keep", "keeps", "working", "work");

    private TopicLearning() {
    }

    /** What one run learned: the new keywords of each topic, and the set with them added. */
    record Outcome(Map<String, List<String>> learned, TopicSet topics, int corrections) {

        boolean changed() {
            return !learned.isEmpty();
        }
    }

    static Outcome learn(TopicSet set, List<Example> corrections) {
        List<Example> topical = corrections.stream().filter(e -> e.aspect() == Aspect.TOPIC).toList();
        TopicMatcher matcher = new TopicMatcher(set);
        Set<String> known = new HashSet<>();
        set.topics().forEach(t -> known.addAll(t.keywords()));
        Map<String, List<String>> learned = new LinkedHashMap<>();
        List<Topic> topics = new ArrayList<>();
        for (Topic topic : set.topics()) {
            Map<String, Integer> missed = new TreeMap<>();
            Set<String> against = new HashSet<>();
            for (Example example : topical) {
                Set<String> words = candidates(example.text(), known);
                if (Values.topics(example.value()).contains(topic.id())) {
                    boolean found = matcher.find(example.text()).stream()
                            .anyMatch(f -> f.matched() && f.topic().id().equals(topic.id()));
                    if (!found) {
                        words.forEach(w -> missed.merge(w, 1, Integer::sum));
                    }
                } else {
                    against.addAll(words);
                }
            }
            List<String> words = missed.entrySet().stream()
                    .filter(e -> e.getValue() >= MIN_MESSAGES && !against.contains(e.getKey()))
                    .sorted((a, b) -> Integer.compare(b.getValue(), a.getValue())).limit(MAX_WORDS)
                    .map(Map.Entry::getKey).toList();
            if (words.isEmpty()) {
                topics.add(topic);
            } else {
                learned.put(topic.id(), words);
                List<String> keywords = new ArrayList<>(topic.keywords());
                keywords.addAll(words);
                topics.add(new Topic(topic.id(), topic.label(), keywords, topic.phrases()));
            }
        }
        return new Outcome(learned, new TopicSet(topics), topical.size());
    }

    private static Set<String> candidates(String text, Set<String> known) {
        Set<String> words = new HashSet<>();
        for (String word : Tokens.words(text)) {
            if (word.length() >= 4 && word.chars().allMatch(Character::isLetter) && !COMMON.contains(word)
                    && !Negations.is(word) && !known.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }
}

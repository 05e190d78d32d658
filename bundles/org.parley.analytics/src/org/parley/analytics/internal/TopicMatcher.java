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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.parley.analytics.Topic;
import org.parley.analytics.TopicSet;

/**
 * Finds the topics of a text: the words are {@link Tokens#words(String) Tokens.words} of each
 * clause, as for type and the learned model; a keyword or phrase counts unless a negation stands
 * right before it ("not down", "isn't down", "no longer down": up to two words such as "is",
 * "been", "really" may stand between), and a negation never reaches past the end of a sentence or a
 * "but". So "not down" is no outage, while "didn't get my bill" is still about billing. A phrase
 * may itself hold a negation ("no internet", "not working"); only one before it cancels it.
 */
final class TopicMatcher {

    /** What was found of one topic: the keywords and phrases that count, and those negated. */
    record Found(Topic topic, List<String> cues, List<String> negated) {

        boolean matched() {
            return !cues.isEmpty();
        }
    }

    private record Entry(Topic topic, String text, String[] words) {
    }

    private static final Pattern CLAUSES = Pattern.compile("[.!?;:\\n]+|\\bbut\\b|\\bhowever\\b",
            Pattern.CASE_INSENSITIVE);
    /** Words that may stand between a negation and what it negates. */
    private static final Set<String> BETWEEN = Set.of("is", "are", "was", "were", "be", "been", "being", "really",
            "even", "longer", "actually", "currently", "yet", "ever", "always", "that", "so", "too", "going", "at",
            "all");

    private static final java.util.Comparator<Entry> LONGEST_FIRST = (a, b) -> Integer.compare(b.words().length,
            a.words().length);

    private final TopicSet topics;
    private final Map<String, List<Entry>> byFirstWord = new HashMap<>();
    private final List<Entry> byPrefix = new ArrayList<>();

    TopicMatcher(TopicSet topics) {
        this.topics = topics;
        for (Topic topic : topics.topics()) {
            topic.phrases().forEach(p -> add(topic, p));
            topic.keywords().forEach(k -> add(topic, k));
        }
        byFirstWord.values().forEach(list -> list.sort(LONGEST_FIRST));
    }

    private void add(Topic topic, String text) {
        Entry entry = new Entry(topic, text, text.split(" "));
        if (entry.words()[0].endsWith("*")) {
            byPrefix.add(entry);
        } else {
            byFirstWord.computeIfAbsent(entry.words()[0], w -> new ArrayList<>()).add(entry);
        }
    }

    TopicSet topics() {
        return topics;
    }

    /** Every topic with something found, matched or only negated, in the order of the set. */
    List<Found> find(String text) {
        Map<Topic, List<String>> cues = new LinkedHashMap<>();
        Map<Topic, List<String>> negated = new LinkedHashMap<>();
        for (String clause : CLAUSES.split(text)) {
            List<String> words = Tokens.words(clause);
            Map<Topic, boolean[]> covered = new HashMap<>();
            for (int i = 0; i < words.size(); i++) {
                for (Entry entry : candidates(words.get(i))) {
                    boolean[] used = covered.computeIfAbsent(entry.topic(), t -> new boolean[words.size()]);
                    if (used[i] || !matches(entry.words(), words, i)) {
                        continue;
                    }
                    for (int k = 0; k < entry.words().length; k++) {
                        used[i + k] = true;
                    }
                    Map<Topic, List<String>> into = negatedAt(words, i) ? negated : cues;
                    List<String> list = into.computeIfAbsent(entry.topic(), t -> new ArrayList<>());
                    if (!list.contains(entry.text())) {
                        list.add(entry.text());
                    }
                }
            }
        }
        List<Found> found = new ArrayList<>();
        for (Topic topic : topics.topics()) {
            if (cues.containsKey(topic) || negated.containsKey(topic)) {
                found.add(new Found(topic, cues.getOrDefault(topic, List.of()), negated.getOrDefault(topic,
                        List.of())));
            }
        }
        return found;
    }

    private List<Entry> candidates(String word) {
        List<Entry> exact = byFirstWord.getOrDefault(word, List.of());
        if (byPrefix.isEmpty()) {
            return exact;
        }
        List<Entry> all = new ArrayList<>(exact);
        for (Entry entry : byPrefix) {
            if (word.startsWith(entry.words()[0].substring(0, entry.words()[0].length() - 1))) {
                all.add(entry);
            }
        }
        // longest first, so that a phrase wins over a keyword or a shorter phrase at the same place
        all.sort(LONGEST_FIRST);
        return all;
    }

    private static boolean matches(String[] phrase, List<String> words, int at) {
        if (at + phrase.length > words.size()) {
            return false;
        }
        for (int k = 0; k < phrase.length; k++) {
            String want = phrase[k];
            String word = words.get(at + k);
            boolean ok = want.endsWith("*") ? word.startsWith(want.substring(0, want.length() - 1)) : want.equals(word);
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** A negation right before position {@code i}, past at most two linking words. */
    static boolean negatedAt(List<String> words, int i) {
        for (int back = 1; back <= 3 && i - back >= 0; back++) {
            String before = words.get(i - back);
            if (Negations.is(before)) {
                return true;
            }
            if (!BETWEEN.contains(before)) {
                return false;
            }
        }
        return false;
    }
}

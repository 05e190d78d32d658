/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.routing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Evaluates routing rules against messages, explaining each decision. Stateless and thread-safe.
 */
public final class RuleEngine {

    /** Compiled keyword patterns; rule sets are small, so the cache stays small. */
    private static final Map<String, Pattern> WORDS = new ConcurrentHashMap<>();

    private RuleEngine() {
    }

    /** The first enabled rule, in order, that matches the message. */
    public static Optional<RuleCheck> firstMatch(List<RoutingRule> rules, MessageFacts message) {
        for (RoutingRule rule : rules) {
            if (rule.enabled()) {
                RuleCheck check = check(rule, message);
                if (check.matched()) {
                    return Optional.of(check);
                }
            }
        }
        return Optional.empty();
    }

    /** Tries one rule (enabled or not) on a message, with a reason per condition. */
    public static RuleCheck check(RoutingRule rule, MessageFacts message) {
        Conditions when = rule.when();
        MessageFacts.Labels labels = message.labels();
        Checker checker = new Checker();
        if (!when.types().isEmpty()) {
            checker.labelled(labels, "type", () -> anyOf(labels.types(), when.types()),
                    () -> "type " + labels.types() + " one of " + when.types());
        }
        if (!when.sentimentLabels().isEmpty()) {
            checker.labelled(labels, "sentiment", () -> contains(when.sentimentLabels(), labels.sentimentLabel()),
                    () -> "sentiment " + labels.sentimentLabel() + " one of " + when.sentimentLabels());
        }
        if (when.sentiment() != null) {
            checker.labelled(labels, "sentiment score", () -> when.sentiment().contains(labels.sentimentScore()),
                    () -> "sentiment score " + labels.sentimentScore() + " in " + when.sentiment());
        }
        if (!when.actions().isEmpty()) {
            checker.labelled(labels, "action", () -> contains(when.actions(), labels.action()),
                    () -> "action " + labels.action() + " one of " + when.actions());
        }
        if (when.influence() != null) {
            checker.labelled(labels, "influence", () -> when.influence().contains(labels.influence()),
                    () -> "influence " + labels.influence() + " in " + when.influence());
        }
        if (!when.channels().isEmpty()) {
            checker.check(contains(when.channels(), message.channel()),
                    "channel " + message.channel() + " one of " + when.channels());
        }
        if (!when.topics().isEmpty()) {
            checker.labelled(labels, "topic", () -> anyOf(labels.topics(), when.topics()),
                    () -> "topics " + labels.topics().stream().sorted().toList() + " include one of " + when.topics());
        }
        keywords(when, message.text(), checker);
        if (!when.customerTags().isEmpty()) {
            checker.check(anyOf(message.customerTags(), when.customerTags()),
                    "customer tags " + message.customerTags() + " include one of " + when.customerTags());
        }
        if (when.vip() != null) {
            checker.check(message.vip() == when.vip(), "customer " + (message.vip() ? "is" : "is not") + " a VIP");
        }
        return new RuleCheck(rule, checker.matched, checker.reasons);
    }

    private static void keywords(Conditions when, String text, Checker checker) {
        if (!when.anyKeywords().isEmpty()) {
            List<String> found = when.anyKeywords().stream().filter(k -> hasWord(text, k)).toList();
            checker.check(!found.isEmpty(), found.isEmpty()
                    ? "text has none of " + when.anyKeywords()
                    : "text has " + quote(found));
        }
        if (!when.allKeywords().isEmpty()) {
            List<String> missing = when.allKeywords().stream().filter(k -> !hasWord(text, k)).toList();
            checker.check(missing.isEmpty(), missing.isEmpty()
                    ? "text has all of " + quote(when.allKeywords())
                    : "text lacks " + quote(missing));
        }
    }

    /** Whether {@code text} holds {@code phrase} as whole words, ignoring case. */
    public static boolean hasWord(String text, String phrase) {
        return WORDS.computeIfAbsent(phrase.strip(), p -> Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(p)
                + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)).matcher(text).find();
    }

    private static String quote(List<String> words) {
        return words.stream().map(w -> "'" + w + "'").toList().toString();
    }

    private static boolean contains(Collection<String> allowed, String value) {
        return value != null && allowed.stream().anyMatch(a -> a.equalsIgnoreCase(value));
    }

    private static boolean anyOf(Collection<String> values, Collection<String> allowed) {
        return values.stream().anyMatch(v -> contains(allowed, v));
    }

    /** Collects condition outcomes; the rule matches only if all hold. */
    private static final class Checker {
        private final List<String> reasons = new ArrayList<>();
        private boolean matched = true;

        void check(boolean holds, String reason) {
            matched &= holds;
            reasons.add(holds ? reason : "not: " + reason);
        }

        void labelled(MessageFacts.Labels labels, String what, BooleanSupplier holds, Supplier<String> reason) {
            if (labels == null) {
                check(false, what + " unknown (message not classified)");
            } else {
                check(holds.getAsBoolean(), reason.get().toLowerCase(Locale.ROOT));
            }
        }
    }
}

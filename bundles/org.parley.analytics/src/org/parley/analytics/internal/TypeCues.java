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

import java.util.List;
import java.util.Set;

/** The words and phrases {@link TypeClassifier} looks for. */
final class TypeCues {

    private static final Set<String> WH = Set.of("how", "what", "what's", "whats", "when", "where", "why", "who",
            "whom", "whose", "which", "hows", "how's", "where's", "wheres");
    private static final Set<String> AUX = Set.of("can", "could", "would", "will", "is", "are", "am", "do", "does",
            "did", "should", "shall", "may", "might", "have", "has", "was", "were", "isn't", "aren't", "doesn't",
            "don't", "didn't", "won't", "can't", "couldn't", "wouldn't", "any", "anyone", "anybody", "ya");
    private static final Set<String> SUBJECTS = Set.of("i", "you", "u", "ya", "we", "they", "it", "there", "this",
            "that", "my", "your", "ur", "he", "she", "someone", "anyone", "anybody", "somebody", "the", "a", "an",
            "me", "one", "us", "these", "those", "have", "know", "idea", "way", "chance", "update", "news");
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
    private static final Set<String> SWEARING = Set.of("fuck", "fucking", "fucked", "damn", "goddamn", "bloody",
            "shit", "hell", "crap", "bitch", "ass", "bastard", "dammit", "wtf", "wth");
    /** Negative in the lexicon, but in a support request they name the topic, not a grievance. */
    private static final Set<String> TOPIC_WORDS = Set.of("problem", "problems", "issue", "issues", "trouble",
            "troubles", "error", "errors", "mistake", "mistakes", "penalty", "penalties", "fee", "fees", "cancel",
            "cancelling", "canceling", "cancelled", "canceled", "cancellation", "lost", "delete", "deleting",
            "complaint", "complain", "claim", "refund", "debt", "charge", "charged", "fraud", "stolen", "hacked",
            "forgot", "forgotten", "unable", "difficulty", "difficulties", "fail", "failed", "risk", "emergency",
            "urgent", "help", "wrong");

    private static final Set<String> SPANS = Set.of("minutes", "mins", "hour", "hours", "hrs", "day", "days", "week",
            "weeks", "month", "months", "year", "years");
    private static final Set<String> AMOUNTS = Set.of("a", "an", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "twelve", "several", "few", "many", "couple");
    /** Words that, beside a span of time, make it a wait or a failure. */
    private static final Set<String> WAITING = Set.of("still", "waiting", "waited", "wait", "hold", "late", "delayed",
            "delay", "never", "nothing", "nobody", "again", "stuck", "lost", "missing", "without", "chasing",
            "chased");

    private static final Set<String> FILLERS = Set.of("hi", "hello", "hey", "so", "and", "but", "ok", "okay",
            "please", "pls", "plz", "sorry", "excuse", "me", "dear", "team", "guys", "also", "then", "just");

    private final Phrases phrases = new Phrases()
            .add("complaint", 2, "complaint", "complaints", "complain", "complaining", "complained",
                    "reclamation", "file a claim", "lodge a claim", "make a claim", "customer claim",
                    "consumer claim", "claim against")
            .add("complaint-problem", 1, "not working", "doesn't work", "does not work", "dont work",
                    "don't work", "stopped working", "isn't working", "is not working", "broken", "broke",
                    "damaged", "defective", "faulty", "never arrived", "never received", "never got",
                    "still waiting", "still haven't", "still not", "hasn't arrived", "has not arrived",
                    "not arrived", "overcharged", "charged twice", "double charged", "wrong item", "wrong order",
                    "worst", "unacceptable", "ridiculous", "disappointed", "disappointing", "frustrated",
                    "frustrating", "fed up", "sick of", "tired of", "rude", "useless", "waste of", "scam",
                    "rip off", "ripped off", "on hold", "keeps crashing", "crashes", "crashed", "outage",
                    "down again", "not happy", "unhappy", "dissatisfied", "furious", "annoyed", "horrible",
                    "awful", "terrible", "pathetic", "shocking", "appalling", "disgusting", "disgrace",
                    "no response", "no reply", "nobody answers", "no one answers", "no one has", "poor service",
                    "bad service", "bad experience", "cancelled my", "late again", "delayed again",
                    "doesn't even", "not acceptable", "failed", "fails", "failing", "missing", "stolen",
                    "not received", "haven't received", "have not received", "didn't receive", "did not receive",
                    "caught fire", "on fire", "exploded", "injured", "lawyer", "legal action", "want * money back",
                    "keeps crash*", "keeps reboot*", "keeps drop*", "keeps disconnect*", "keeps freez*",
                    "keeps cutting", "keeps failing", "dropped out", "drops out", "dropping out", "dies", "died",
                    "fix it", "fix this", "sort it out", "charged me twice", "not what i paid", "still no",
                    "is down", "been down", "down since", "no internet", "no signal", "no service", "not loading",
                    "won't load", "can't connect", "cannot connect", "won't connect", "can't log", "cannot log",
                    "been waiting", "waiting for a reply", "anyone there", "stop calling", "stop emailing",
                    "stop sending", "stop texting", "reporting this", "report you", "bbb",
                    "speak to a manager", "talk to a manager", "speak to your manager", "supervisor",
                    "done with this", "so done with", "done with you", "never turned up", "never showed up",
                    "never showed", "didn't turn up",
                    "did not turn up", "didn't show up", "did not show up", "no show", "no-show", "third time",
                    "fourth time", "fifth time", "yet again", "no refund", "still no refund",
                    "still not fixed", "still broken", "still down", "still no word", "cancelled again",
                    "hours late", "on hold for", "been on hold", "missed my", "nobody called", "no one called",
                    "never called", "never came", "no one came", "nobody came", "kept waiting", "still nothing")
            .add("complaint-problem", 2, "thanks for nothing", "thx for nothing", "thank you for nothing")
            .add("complaint-problem", 0.5, "problem with", "problems with", "issue with", "issues with",
                    "where's my", "where is my", "it's been", "it has been",
                    "error", "wrong", "bad", "again", "slow", "still")
            .add("compliment", 1, "love", "loving", "loved", "great job", "great service", "great work",
                    "good job", "well done", "amazing", "awesome", "excellent", "fantastic", "brilliant",
                    "outstanding", "superb", "wonderful", "kudos", "shout out", "shoutout", "appreciate",
                    "appreciated", "grateful", "impressed", "recommend", "happy with", "pleased with",
                    "satisfied with", "5 stars", "five stars", "keep it up", "you rock", "guys rock",
                    "helpful", "lifesaver", "legend", "delighted", "made my day", "best", "perfect",
                    "great", "so quick", "super fast", "so fast", "thrilled", "beautiful", "nice", "perfectly",
                    "happy customer", "friendly", "well done", "top notch", "spot on", "fab", "chuffed")
            .add("request", 0, "i need", "need help", "help me", "i want", "want help", "i'd like", "i would like",
                    "please", "pls", "wanna", "need assistance", "assistance", "help to", "help with")
            .add("thanks", 0.6, "thank you", "thanks", "thx", "thank u", "ty", "cheers", "many thanks");

    private final Phrases inquiries = new Phrases().add("inquiry", 1, "i want to know", "i'd like to know",
            "i would like to know", "i wonder", "i was wondering", "wondering if", "wondering whether",
            "tell me how", "tell me what", "tell me when", "tell me where", "tell me if", "let me know how",
            "let me know if", "let me know when", "any idea", "anyone know", "need to know", "i need information",
            "need info", "i need to know", "want to know", "is it possible")
            .add("inversion", 1, "how can", "how do", "how does", "how could", "how should", "how would",
                    "where can", "where do", "where does", "why is", "why are", "why do", "why does", "why did",
                    "why has", "why have", "why can't", "why isn't", "can you", "can u", "can ya", "could you",
                    "could u", "could ya", "will you", "will u", "would you", "do you", "do ya", "can someone",
                    "can anyone", "can i get", "could i get");

    Phrases phrases() {
        return phrases;
    }

    /**
     * The phrases found, and a wait: a span of time ("6 weeks", "an hour", "three days") in a message
     * that also says it is still waiting or went wrong ("still", "waiting", "late", "no", "never"…), as
     * group {@code complaint-wait} with weight 1: "delivery is 3 days late", "waited two hours and
     * nobody came". A span alone ("we open for 2 hours") is no grievance.
     */
    List<Phrases.Match> find(List<String> words) {
        List<Phrases.Match> found = phrases.find(words);
        int span = -1;
        boolean waiting = false;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            waiting |= WAITING.contains(w);
            if (span < 0 && i > 0 && SPANS.contains(w) && isAmount(words.get(i - 1))) {
                span = i;
            }
        }
        if (span > 0 && waiting) {
            List<Phrases.Match> all = new java.util.ArrayList<>(found);
            all.add(new Phrases.Match(words.get(span - 1) + " " + words.get(span) + " of waiting", "complaint-wait", 1,
                    span - 1));
            return all;
        }
        return found;
    }

    private static boolean isAmount(String word) {
        return AMOUNTS.contains(word) || !word.isEmpty() && Character.isDigit(word.charAt(0));
    }

    Phrases inquiries() {
        return inquiries;
    }

    /** Whether a negative word says little about the writer's mood: swearing or a support topic. */
    boolean isMoodless(String word) {
        return SWEARING.contains(word) || TOPIC_WORDS.contains(word);
    }

    /** The opening words when they make a question ("how ...", "can you ..."), else null. */
    String questionOpener(List<String> words) {
        int start = 0;
        while (start < words.size() && isFiller(words.get(start))) {
            start++;
        }
        if (start >= words.size()) {
            return null;
        }
        String first = words.get(start);
        if (WH.contains(first)) {
            return first;
        }
        if (AUX.contains(first) && start + 1 < words.size() && SUBJECTS.contains(words.get(start + 1))
                && !(first.startsWith("ha") && ARTICLES.contains(words.get(start + 1)))) {
            return first + " " + words.get(start + 1);
        }
        return null;
    }

    private static boolean isFiller(String word) {
        return word.startsWith("@") || FILLERS.contains(word);
    }
}

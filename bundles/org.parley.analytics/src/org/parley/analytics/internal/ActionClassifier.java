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

import org.osgi.service.component.annotations.Component;
import org.parley.analytics.ActionNeeded;
import org.parley.analytics.Aspect;
import org.parley.analytics.ClassificationDraft;
import org.parley.analytics.ClassifierId;
import org.parley.analytics.Cue;
import org.parley.analytics.MessageClassifier;
import org.parley.analytics.MessageType;

/**
 * Urgent for a safety risk, a legal threat, a churn threat or a public escalation; a reply for a
 * question, a complaint, a request or clearly negative sentiment; otherwise none. The cue names the
 * words that decided it.
 */
@Component(service = MessageClassifier.class)
public final class ActionClassifier implements MessageClassifier {

    static final ClassifierId ID = new ClassifierId("parley.action", "1.1");

    private final Phrases urgent = new Phrases()
            .add("safety risk", 1, "fire", "on fire", "caught fire", "smoke", "burned", "burnt", "burns",
                    "explode", "exploded", "exploding", "explosion", "injured", "injury", "injuries", "hurt me",
                    "hospital", "dangerous", "unsafe", "hazard", "electric shock", "electrocuted", "gas leak",
                    "poisoning", "allergic reaction", "choking", "emergency", "sparks", "melted", "overheating",
                    "overheated", "ambulance", "bleeding")
            .add("legal threat", 1, "lawyer", "lawyers", "attorney", "solicitor", "sue", "suing", "lawsuit",
                    "legal action", "court", "small claims", "class action", "regulator", "ombudsman",
                    "trading standards", "consumer protection", "ftc", "fcc", "better business bureau",
                    "chargeback", "report you", "bbb", "reporting this", "report this to")
            .add("churn threat", 1, "cancel my account", "cancel my subscription", "cancel my contract",
                    "cancel my membership", "cancel my plan", "cancelling my", "canceling my", "close my account",
                    "delete my account", "terminate my", "switching to", "switch to another", "take my business",
                    "never buying", "never buy", "never use", "never shop", "never again", "done with you",
                    "leaving you", "i'm leaving", "last time i", "going elsewhere", "find another",
                    "thinking of switching", "thinking of leaving", "thinking of cancel*", "considering switching",
                    "considering leaving", "switch provider*", "switching provider*", "done with this", "so done with",
                    "i'm done with")
            .add("public escalation", 1, "@ceo", "ceo", "going to the press", "go to the press", "the press",
                    "the media", "journalist", "reporter", "go viral", "going viral", "tell everyone",
                    "warn everyone", "warn others", "bad review", "one star", "1 star", "trustpilot",
                    "post this everywhere", "all my followers");
    private final Phrases requests = new Phrases().add("request", 1, "please", "pls", "plz", "help me", "i need",
            "can you", "could you", "let me know", "dm me", "call me", "contact me", "get back to me",
            "help with", "need help", "i want", "i'd like", "how do i", "assist");

    @Override
    public ClassifierId id() {
        return ID;
    }

    @Override
    public Set<Aspect> aspects() {
        return Set.of(Aspect.ACTION);
    }

    @Override
    public void classify(ClassificationDraft draft) {
        List<String> words = Tokens.words(draft.text());
        List<Phrases.Match> alarms = urgent.find(words);
        if (!alarms.isEmpty()) {
            Phrases.Match first = alarms.get(0);
            String cue = first.group() + ": '" + first.phrase() + "'";
            draft.addCue(new Cue(ID, Aspect.ACTION, "phrase:" + first.phrase(), 1, cue));
            draft.setAction(ID, ActionNeeded.URGENT, cue);
            return;
        }
        String reason = replyReason(draft, words);
        if (reason != null) {
            draft.addCue(new Cue(ID, Aspect.ACTION, "rule:reply", 1, reason));
            draft.setAction(ID, ActionNeeded.REPLY, reason);
            return;
        }
        String none = draft.types().contains(MessageType.COMPLIMENT)
                ? "a compliment: a thank-you is optional"
                : "no question, complaint or request";
        draft.setAction(ID, ActionNeeded.NONE, none);
    }

    private String replyReason(ClassificationDraft draft, List<String> words) {
        Set<MessageType> types = draft.types();
        if (types.contains(MessageType.COMPLAINT)) {
            return "a complaint";
        }
        if (types.contains(MessageType.QUESTION)) {
            return "a question";
        }
        List<Phrases.Match> asked = requests.find(words);
        if (!asked.isEmpty()) {
            return "a request: '" + asked.get(0).phrase() + "'";
        }
        if (draft.sentiment().orElse(0) <= -0.3) {
            return "negative sentiment";
        }
        return null;
    }
}

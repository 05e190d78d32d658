/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.journey;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.parley.model.journey.Card;
import org.parley.model.journey.JourneyLane;
import org.parley.model.journey.JourneyMap;
import org.parley.model.journey.JourneyStage;
import org.parley.model.journey.JourneyStep;
import org.parley.model.journey.LaneKind;
import org.parley.model.journey.PersonaProfile;

/**
 * A readable summary of a journey in Markdown: the plan, its personas, then stage by stage each
 * step with its emotion, owner and lane contents, touchpoints with their live figures when given,
 * and opportunities with owner, status and priority.
 */
public final class JourneyMarkdown {

    private static final String[] FACES = {"very unhappy", "unhappy", "neutral", "happy", "delighted"};

    private JourneyMarkdown() {
    }

    /**
     * @param figures
     *            live figures by touchpoint id; empty for none
     */
    public static String toMarkdown(JourneyMap map, Map<String, TouchpointFigure> figures) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(oneLine(map.name())).append("\n\n");
        md.append("*").append(map.state() == org.parley.model.PlanState.TO_BE ? "To-be" : "As-is")
                .append(" journey, version ").append(map.version()).append(", ").append(map.stages().size())
                .append(" stages, ").append(map.steps().size()).append(" steps*\n\n");
        field(md, "Scenario", map.scenario());
        field(md, "Target outcome", map.targetOutcome());
        for (PersonaProfile persona : map.personas()) {
            md.append("## Persona: ").append(oneLine(persona.name())).append("\n\n");
            field(md, "Segment", persona.segment());
            field(md, "Goals", persona.goals());
            field(md, "Need states", persona.needStates());
            field(md, "Frustrations", persona.frustrations());
            if (!persona.preferredChannels().isEmpty()) {
                field(md, "Preferred channels", String.join(", ", persona.preferredChannels()));
            }
        }
        md.append("## Emotion curve\n\n| Step | Emotion |\n|---|---|\n");
        for (JourneyStep step : map.steps()) {
            md.append("| ").append(cell(step.name())).append(" | ").append(emotion(step.emotion())).append(" |\n");
        }
        md.append('\n');
        for (JourneyStage stage : map.stages()) {
            md.append("## Stage: ").append(oneLine(stage.name())).append("\n\n");
            for (JourneyStep step : stage.steps()) {
                step(md, map, step, figures);
            }
        }
        return md.toString();
    }

    private static void step(StringBuilder md, JourneyMap map, JourneyStep step,
            Map<String, TouchpointFigure> figures) {
        md.append("### ").append(oneLine(step.name())).append("\n\n");
        md.append("- Emotion: ").append(emotion(step.emotion())).append('\n');
        md.append("- Owner: ").append(step.owner() == null ? "none" : lower(step.owner().name())).append('\n');
        if (step.interactionType() != null) {
            md.append("- Interaction type: ").append(interaction(step.interactionType())).append('\n');
        }
        for (JourneyLane lane : map.lanes()) {
            List<Card> cards = step.cards(lane.id());
            if (!lane.kind().holdsCards() || cards.isEmpty()) {
                continue;
            }
            md.append("- ").append(oneLine(lane.title())).append(":\n");
            for (Card card : cards) {
                md.append("  - ").append(oneLine(card.text())).append(details(lane.kind(), card, figures)).append('\n');
            }
        }
        md.append('\n');
    }

    private static String details(LaneKind kind, Card card, Map<String, TouchpointFigure> figures) {
        if (kind == LaneKind.TOUCHPOINTS) {
            StringBuilder s = new StringBuilder(" (channels: ").append(String.join(", ", card.channels()));
            if (!card.tags().isEmpty()) {
                s.append("; tags: ").append(String.join(", ", card.tags()));
            }
            if (card.interactionType() != null) {
                s.append("; ").append(interaction(card.interactionType()));
            }
            s.append(')');
            TouchpointFigure figure = figures.get(card.id());
            if (figure != null) {
                s.append(" — ").append(figure.volume()).append(" interactions");
                figure.averageSentiment().ifPresent(v -> s.append(", sentiment ").append(String.format(Locale.ROOT,
                        "%+.2f", v)));
                figure.medianFirstResponse().ifPresent(d -> s.append(", median first response ").append(duration(d)));
            }
            return s.toString();
        }
        if (kind == LaneKind.OPPORTUNITIES) {
            String parts = java.util.stream.Stream.of(card.owner() == null ? null : "owner " + card.owner(),
                    card.status() == null ? null : lower(card.status().name()),
                    card.priority() == null ? null : lower(card.priority().name()) + " priority")
                    .filter(java.util.Objects::nonNull).collect(Collectors.joining(", "));
            return parts.isEmpty() ? "" : " (" + parts + ")";
        }
        return "";
    }

    /** A duration as a planner reads it: 45 min, 3.5 h, 2.1 days. */
    public static String duration(Duration d) {
        long minutes = d.toMinutes();
        if (minutes < 60) {
            return Math.max(0, minutes) + " min";
        }
        if (minutes < 48 * 60) {
            return String.format(Locale.ROOT, "%.1f h", minutes / 60.0);
        }
        return String.format(Locale.ROOT, "%.1f days", minutes / 1440.0);
    }

    private static String emotion(int emotion) {
        return String.format(Locale.ROOT, "%+d (%s)", emotion, FACES[emotion + 2]).replace("+0", "0");
    }

    private static String interaction(org.parley.model.InteractionType type) {
        return switch (type) {
            case C2C_ON_SITE -> "customer to customer, on site";
            case C2C_OFF_SITE -> "customer to customer, off site";
            case B2C_PUBLIC -> "brand to customer, in public";
            case B2C_PRIVATE -> "brand to customer, private follow-up";
        };
    }

    private static void field(StringBuilder md, String label, String value) {
        if (value != null && !value.isBlank()) {
            md.append("**").append(label).append(":** ").append(oneLine(value)).append("\n\n");
        }
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s*\\R\\s*", " ").strip();
    }

    private static String cell(String text) {
        return oneLine(text).replace("|", "\\|");
    }
}

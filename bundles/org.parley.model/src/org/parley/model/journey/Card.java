/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.model.journey;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.parley.model.InteractionType;

/**
 * A card in a cell of the journey map (one step, one lane). All cards share one shape; which fields
 * matter depends on the lane: a touchpoint names {@link #channels()} and {@link #tags()} (and an
 * {@link #interactionType()}), an opportunity has an {@link #owner()}, {@link #status()},
 * {@link #priority()} and the pain points it {@link #addresses()}; other cards are just text.
 *
 * @param id
 *            stable id, kept across save, export and import (the planning canvas links to it)
 * @param text
 *            what the card says (a touchpoint's name, a thought, a pain point...)
 * @param details
 *            longer description, may be null
 * @param channels
 *            touchpoints: the channel ids it covers ({@code x}, {@code email}, ...)
 * @param tags
 *            touchpoints: the interaction tags it covers; empty means every tag
 * @param interactionType
 *            touchpoints: who talks to whom, may be null
 * @param owner
 *            opportunities: the person or team that owns it, may be null
 * @param status
 *            opportunities: how far it has got, may be null
 * @param priority
 *            opportunities: how urgent it is, may be null
 * @param addresses
 *            opportunities: ids of the pain points it answers
 */
public record Card(String id, String text, String details, List<String> channels, List<String> tags,
        InteractionType interactionType, String owner, OpportunityStatus status, Priority priority,
        List<String> addresses) {

    public Card {
        Objects.requireNonNull(id, "id");
        text = text == null ? "" : text;
        channels = words(channels);
        tags = words(tags);
        addresses = addresses == null ? List.of() : List.copyOf(addresses);
    }

    /** Channel ids and tags are lower case words without commas; blanks are dropped. */
    private static List<String> words(List<String> values) {
        if (values == null) {
            return List.of();
        }
        return values.stream().filter(Objects::nonNull).map(v -> v.strip().toLowerCase(Locale.ROOT))
                .filter(v -> !v.isEmpty()).map(v -> {
                    if (v.contains(",")) {
                        throw new IllegalArgumentException("A channel or tag has no commas: '" + v + "'");
                    }
                    return v;
                }).distinct().toList();
    }

    /** A plain text card with a fresh id. */
    public static Card text(String text) {
        return new Card(Ids.newId(), text, null, null, null, null, null, null, null, null);
    }

    /** A touchpoint card with a fresh id. */
    public static Card touchpoint(String name, InteractionType type, List<String> channels, List<String> tags) {
        return new Card(Ids.newId(), name, null, channels, tags, type, null, null, null, null);
    }

    /** An opportunity card with a fresh id, answering the given pain points. */
    public static Card opportunity(String text, String owner, OpportunityStatus status, Priority priority,
            List<String> painPointIds) {
        return new Card(Ids.newId(), text, null, null, null, null, owner, status, priority, painPointIds);
    }

    public Card withId(String newId) {
        return new Card(newId, text, details, channels, tags, interactionType, owner, status, priority, addresses);
    }

    public Card withText(String newText) {
        return new Card(id, newText, details, channels, tags, interactionType, owner, status, priority, addresses);
    }

    public Card withDetails(String newDetails) {
        return new Card(id, text, newDetails, channels, tags, interactionType, owner, status, priority, addresses);
    }

    public Card withChannels(List<String> newChannels, List<String> newTags) {
        return new Card(id, text, details, newChannels, newTags, interactionType, owner, status, priority,
                addresses);
    }

    public Card withInteractionType(InteractionType type) {
        return new Card(id, text, details, channels, tags, type, owner, status, priority, addresses);
    }

    public Card withOpportunity(String newOwner, OpportunityStatus newStatus, Priority newPriority,
            List<String> painPointIds) {
        return new Card(id, text, details, channels, tags, interactionType, newOwner, newStatus, newPriority,
                painPointIds);
    }
}

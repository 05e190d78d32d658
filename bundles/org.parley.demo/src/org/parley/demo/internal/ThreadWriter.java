/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.demo.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.parley.model.Conversation;
import org.parley.model.Direction;
import org.parley.model.Identity;
import org.parley.model.Interaction;

/**
 * Writes one demo conversation: a customer's message, often a brand reply, sometimes a follow-up.
 */
final class ThreadWriter {

    private final Conversation conversation;
    private final Random random;
    private final Instant now;
    private final List<Interaction> messages = new ArrayList<>();
    private Instant clock;

    ThreadWriter(Conversation conversation, Random random, Instant now) {
        this.conversation = conversation;
        this.random = random;
        this.now = now;
        this.clock = conversation.getStartedAt();
    }

    List<Interaction> write(Identity customer, Identity brand, String firstName) {
        add(customer, Direction.INBOUND, DemoTexts.fill(opening(customer.getChannel()), random, firstName));
        if (random.nextInt(10) < 7 && advance(600 + random.nextInt(6 * 3600))) {
            List<String> replies = "phone".equals(conversation.getChannel())
                    ? DemoTexts.CALL_BACKS
                    : DemoTexts.BRAND_REPLIES;
            add(brand, Direction.OUTBOUND, DemoTexts.fill(DemoTexts.pick(replies, random), random, firstName));
            if (random.nextInt(10) < 3 && advance(300 + random.nextInt(3600))) {
                add(customer, Direction.INBOUND, DemoTexts.fill(DemoTexts.pick(DemoTexts.COMPLIMENTS, random),
                        random, firstName));
            }
        }
        return messages;
    }

    private String opening(String channel) {
        if ("phone".equals(channel)) {
            return DemoTexts.pick(DemoTexts.CALL_NOTES, random);
        }
        if ("review".equals(channel)) {
            return DemoTexts.pick(DemoTexts.REVIEWS, random);
        }
        if ("forum".equals(channel) && random.nextBoolean()) {
            return DemoTexts.pick(DemoTexts.FORUM_POSTS, random);
        }
        if (("x".equals(channel) || "facebook".equals(channel)) && random.nextInt(4) == 0) {
            return DemoTexts.pick(DemoTexts.OUTAGE_POSTS, random);
        }
        int kind = random.nextInt(100);
        if (kind < 40) {
            return DemoTexts.pick(DemoTexts.COMPLAINTS, random);
        }
        return kind < 80 ? DemoTexts.pick(DemoTexts.QUESTIONS, random) : DemoTexts.pick(DemoTexts.COMPLIMENTS, random);
    }

    /** Moves the thread's clock on; false when that would be in the future (no reply yet). */
    private boolean advance(int seconds) {
        Instant next = clock.plusSeconds(seconds);
        if (next.isAfter(now)) {
            return false;
        }
        clock = next;
        return true;
    }

    private void add(Identity author, Direction direction, String text) {
        String externalId = "demo-" + conversation.getChannel() + "-" + conversation.getThreadKey().substring(12) + "-"
                + (messages.size() + 1);
        Interaction interaction = new Interaction(conversation.getChannel(), externalId, direction, clock);
        interaction.setAuthor(author);
        interaction.setConversation(conversation);
        interaction.setText(text);
        interaction.setLanguage("en");
        if (direction == Direction.INBOUND
                && List.of("x", "facebook", "forum", "review").contains(conversation.getChannel())) {
            interaction.setReach(Math.floorMod(externalId.hashCode(), 60));
        }
        if (!messages.isEmpty()) {
            interaction.setParentExternalId(messages.get(messages.size() - 1).getExternalId());
        }
        messages.add(interaction);
    }
}

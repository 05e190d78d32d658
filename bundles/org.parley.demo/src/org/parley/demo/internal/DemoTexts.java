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

import java.util.List;
import java.util.Random;

/**
 * What the demo customers of "Northwind Broadband" say, and what the brand answers. Invented text
 * in the manner of real customer-service traffic; placeholders are filled per message.
 */
final class DemoTexts {

    static final List<String> FIRST_NAMES = List.of("Amara", "Ben", "Chloe", "Dmitri", "Elena", "Farid", "Grace",
            "Hiro", "Isla", "Jonas", "Keisha", "Liam", "Maya", "Nikolai", "Olivia", "Pedro", "Qiu", "Rosa", "Sanjay",
            "Tara", "Umar", "Valentina", "Wei", "Ximena", "Yusuf", "Zoe", "Aoife", "Bruno", "Carmen", "Dev");

    static final List<String> LAST_NAMES = List.of("Okafor", "Hughes", "Martin", "Petrov", "Rossi", "Haddad",
            "Kim", "Tanaka", "MacLeod", "Berg", "Johnson", "Walsh", "Patel", "Ivanova", "Brown", "Silva", "Chen",
            "Garcia", "Rao", "Murphy", "Ali", "Moreno", "Zhang", "Lopez", "Demir", "Evans", "Byrne", "Costa",
            "Navarro", "Sharma");

    static final List<String> COMPLAINTS = List.of(
            "My broadband has dropped out {n} times since Monday. I work from home, this is not acceptable.",
            "Third week in a row the connection dies every evening around 8pm. Order {order}. Fix it please!!",
            "Been on hold for 45 minutes. Still no engineer date for my {product}. Really disappointed.",
            "You charged me twice this month (ref {order}). I want the money back, not another apology.",
            "The new {product} keeps rebooting. Tried the reset twice, no change. Thinking of switching.",
            "Engineer didn't turn up today. I took a day off work for this. Who do I talk to?",
            "Speeds are a fraction of what I pay for: {n} Mbps on a 500 Mbps plan. Very unhappy.",
            "Nobody answered my email from last week about the cancelled order {order}. Terrible service.");

    /** Public posts when the network is down, as Carla writes them on X and Facebook. */
    static final List<String> OUTAGE_POSTS = List.of(
            "@NorthwindCare internet down again in {postcode}. Third time this week, I work from home!",
            "No internet since this morning and no update from @NorthwindCare. Is there an outage or not?",
            "Broadband keeps dropping out every evening, lost two video calls today. Sort it out @NorthwindCare",
            "Anyone else in {postcode} with no broadband? Northwind status page says everything is fine...");

    static final List<String> QUESTIONS = List.of(
            "How do I change the wifi password on the {product}?",
            "Is there an outage in my area? Postcode starts with {postcode}.",
            "Can I move my contract to my new flat next month? What do I need to do?",
            "When will fibre be available on my street? I keep seeing the vans around.",
            "Do you offer a discount if I add a mobile SIM to my broadband plan?",
            "What time will the engineer arrive tomorrow for order {order}?",
            "How can I get a copy of my last three bills for my accountant?",
            "Does the {product} support wifi 6 and a guest network?");

    static final List<String> COMPLIMENTS = List.of(
            "Huge thanks to Priya on the support line, sorted my {product} in ten minutes. Brilliant!",
            "Installation went perfectly today, the engineer was friendly and tidy. Happy customer :)",
            "Speeds are amazing since the upgrade, {n} Mbps on the laptop. Well done Northwind!",
            "Quick reply on chat and the refund was already there. Great service, thank you.",
            "Really impressed that you called me back when you said you would. Rare these days!");

    static final List<String> FORUM_POSTS = List.of(
            "Anyone else getting packet loss in the evenings since the last firmware update on the {product}?",
            "Guide: how I fixed my mesh setup with the {product} (channel 36, band steering off).",
            "Is the 900 Mbps plan worth it over 500 for a family of four who stream a lot?",
            "Router lights blinking orange, support says it is on their side. How long does this usually take?");

    /** Reviews on a review site, as the feed connector brings them in (channel {@code review}). */
    static final List<String> REVIEWS = List.of(
            "2/5. Cheap to start with, but the connection drops every evening and support takes days to answer.",
            "5/5. Switched from my old provider, installation was quick and the {product} just works. Recommended.",
            "1/5. Charged twice, waited three weeks for a refund. Avoid if you value your time.",
            "4/5. Good speeds ({n} Mbps on wifi), friendly engineer. The app could be better.",
            "3/5. Fine most days, but the {product} needs a reboot every week.");

    static final List<String> BRAND_REPLIES = List.of(
            "Sorry to hear this, {first}. Could you send us a direct message with your account number so we can "
                    + "look into it? ^NB",
            "Thanks for getting in touch, {first}. I've checked and there's planned work in your area until 6pm "
                    + "today. ^NB",
            "Hi {first}, thanks for the kind words, we've passed them on to the team! ^NB",
            "Hi {first}, I've booked an engineer for Thursday between 8am and 1pm. Reference {order}. ^NB",
            "We're sorry, {first}. I've refunded the duplicate charge; it will show in 3 to 5 working days. ^NB");

    static final List<String> CALL_NOTES = List.of(
            "Inbound call. Customer reports no dial tone and no internet since last night. Line test failed; "
                    + "engineer booked.",
            "Inbound call. Billing query about early termination fee; explained contract terms, customer "
                    + "unhappy.",
            "Inbound call. Customer wants to upgrade to 900 Mbps; offered loyalty price, accepted.");

    static final List<String> CALL_BACKS = List.of(
            "Outbound call-back to {first}. Confirmed refund of duplicate charge, customer satisfied.",
            "Outbound call-back to {first}. Engineer booked for Thursday morning, reference {order}.",
            "Outbound call-back to {first}. Line test passed after repair; customer confirms service is back.");

    static final List<String> PRODUCTS = List.of("Hub 3", "Hub 4", "Mesh Pro", "TV Box", "Fibre 500");

    private DemoTexts() {
    }

    static String fill(String template, Random random, String firstName) {
        return template.replace("{n}", String.valueOf(3 + random.nextInt(40)))
                .replace("{order}", "NW-" + (100_000 + random.nextInt(900_000)))
                .replace("{product}", pick(PRODUCTS, random))
                .replace("{postcode}", "LS" + (1 + random.nextInt(28)))
                .replace("{first}", firstName);
    }

    static <T> T pick(List<T> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }
}

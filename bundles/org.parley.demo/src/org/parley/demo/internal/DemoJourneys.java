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

import static org.parley.model.InteractionType.B2C_PRIVATE;
import static org.parley.model.InteractionType.B2C_PUBLIC;
import static org.parley.model.InteractionType.C2C_OFF_SITE;
import static org.parley.model.InteractionType.C2C_ON_SITE;
import static org.parley.model.OwningFunction.MARKETING;
import static org.parley.model.OwningFunction.SALES;
import static org.parley.model.OwningFunction.SERVICE;

import java.util.List;

import org.parley.model.journey.Card;
import org.parley.model.journey.Ids;
import org.parley.model.journey.JourneyBuilder;
import org.parley.model.journey.JourneyMap;
import org.parley.model.journey.OpportunityStatus;
import org.parley.model.journey.PersonaProfile;
import org.parley.model.journey.Priority;
import org.parley.model.PlanState;

/**
 * The demo's two journeys, one per template: Northwind Broadband's outage complaint on social
 * networks (as-is) and a switch to Northwind helped by reviews and the forum (to-be). Their
 * touchpoints name the channels and topic tags of the demo's messages, so the map shows real
 * figures.
 */
final class DemoJourneys {

    final PersonaProfile carla = new PersonaProfile(Ids.newId(), "Connected Carla",
            "Urban professional, 25-34, works from home",
            "Reliable fast internet for video calls; problems fixed without phoning anyone",
            "Reassurance during outages; quick public answers", "Being asked to repeat account details;"
                    + " silence after a complaint",
            List.of("x", "facebook", "email"));
    final PersonaProfile peter = new PersonaProfile(Ids.newId(), "Practical Peter", "Retired, 65+, household of two",
            "A fair price and a person to talk to", "Clear letters and bills; engineer visits at a known time",
            "Long hold times; jargon", List.of("phone", "email", "forum"));

    JourneyMap outage() {
        JourneyBuilder b = new JourneyBuilder("Broadband outage complaint").persona(carla).describe(
                "Carla's connection drops every evening; she complains on X, then needs an engineer.",
                "Outage acknowledged in public within 1 hour, fixed within 48 hours, Carla stays.", PlanState.AS_IS,
                2);
        String kpis = b.customLane("Measures");
        b.stage("Notice the problem");
        b.step("Connection drops during a call", -2, SERVICE, null).action("Restarts the hub twice")
                .touchpoint("Hub and router help on the forum", C2C_ON_SITE, List.of("forum"), List.of("equipment"))
                .thought("Not again, I'm on a client call").backstage("Network monitoring raises an incident")
                .system("Network monitoring; incident log");
        String noStatus = b.pain("No sign that Northwind knows about the outage");
        b.opportunity("Publish known outages by postcode on the forum", "Community manager", OpportunityStatus.PLANNED,
                Priority.HIGH, noStatus);
        b.step("Checks if others have it too", -1, SERVICE, C2C_ON_SITE).action("Searches the community forum")
                .touchpoint("Outage threads on the forum", C2C_ON_SITE, List.of("forum"), List.of("outage"))
                .thought("So it's not just me");
        b.stage("Seek help");
        b.step("Complains on X", -2, SERVICE, C2C_OFF_SITE).action("Tweets @NorthwindCare with a screenshot")
                .touchpoint("Outage complaints on X", C2C_OFF_SITE, List.of("x"), List.of("outage"))
                .touchpoint("Outage posts on Facebook", C2C_OFF_SITE, List.of("facebook"), List.of("outage"))
                .thought("Maybe they listen if everyone can see it")
                .backstage("Social care team triages mentions, 7am-11pm").system("X and Facebook mentions in the inbox")
                .card(kpis, Card.text("First public answer within 1 hour"));
        String night = b.pain("Evening complaints wait until the morning");
        b.opportunity("Extend social care cover to 11pm on weekdays", "Head of service", OpportunityStatus.IN_PROGRESS,
                Priority.HIGH, night);
        b.step("Gets a public answer", -1, SERVICE, B2C_PUBLIC).action("Reads the reply, follows the DM link")
                .touchpoint("Brand replies on X and Facebook", B2C_PUBLIC, List.of("x", "facebook"), List.of("outage"))
                .thought("At least someone answered").backstage("Agent uses the outage reply with a DM link");
        String canned = b.pain("The reply feels canned");
        b.opportunity("Sign replies with the agent's first name", "Social care lead", OpportunityStatus.DONE,
                Priority.MEDIUM, canned);
        b.step("Sends account details privately", -1, SERVICE, B2C_PRIVATE)
                .action("Sends postcode and account number by DM or e-mail")
                .touchpoint("E-mail follow-up", B2C_PRIVATE, List.of("email"), List.of("outage"))
                .backstage("Agent matches the X handle to the customer record")
                .system("CRM customer record; identity matching");
        String repeat = b.pain("Asked again for details already given in public");
        b.opportunity("Carry the public thread into the private case", "CRM team", OpportunityStatus.PLANNED,
                Priority.HIGH, repeat);
        fixAndAfter(b, kpis);
        return b.build();
    }

    private static void fixAndAfter(JourneyBuilder b, String kpis) {
        b.stage("Get it fixed");
        b.step("Engineer visit booked", 0, SERVICE, B2C_PRIVATE).action("Picks a time slot on the phone")
                .touchpoint("Engineer booking calls and e-mails", B2C_PRIVATE, List.of("phone", "email"),
                        List.of("engineer"))
                .thought("Finally, a date").backstage("Field service schedules the visit")
                .system("Field service scheduling").card(kpis, Card.text("Visit within 48 hours"));
        String slot = b.pain("Four-hour slot, no reminder");
        b.opportunity("Text reminder one hour before the visit", "Field service", OpportunityStatus.IDEA,
                Priority.MEDIUM, slot);
        b.step("Connection restored", 1, SERVICE, B2C_PUBLIC).action("Runs a speed test")
                .touchpoint("Speed questions on the forum", C2C_ON_SITE, List.of("forum"), List.of("speed"))
                .thought("Back to normal").backstage("Incident closed with cause");
        b.stage("Afterwards");
        b.step("Gets a goodwill credit", 2, MARKETING, B2C_PRIVATE).action("Sees the credit on the bill")
                .touchpoint("Billing e-mails", B2C_PRIVATE, List.of("email"), List.of("billing"))
                .system("Billing: goodwill credit code");
        String credit = b.pain("Credit only on request");
        b.opportunity("Credit automatically after an outage over 24 hours", "Billing", OpportunityStatus.IDEA,
                Priority.LOW, credit);
        b.step("Posts a thank-you", 2, MARKETING, C2C_OFF_SITE).action("Thanks the team in public")
                .touchpoint("Public thanks on X and Facebook", C2C_OFF_SITE, List.of("x", "facebook"), List.of())
                .thought("They sorted it, fair play").card(kpis, Card.text("Share of complainers who post thanks"));
    }

    JourneyMap switching() {
        JourneyBuilder b = new JourneyBuilder("Switching provider, helped by reviews").persona(peter).describe(
                "Peter's contract ends; he compares providers on review sites and the forum.",
                "Peter signs up by phone, with installation at a time he chose.", PlanState.TO_BE, 1);
        b.stage("Awareness");
        b.step("Reads a neighbour's review", 0, MARKETING, C2C_OFF_SITE).action("Reads reviews of local providers")
                .touchpoint("Review sites", C2C_OFF_SITE, List.of("review"), List.of())
                .thought("Are they reliable around here?").system("Review feed (RSS/Atom)");
        String unanswered = b.pain("Bad reviews left unanswered");
        b.opportunity("Answer every review within two days", "Marketing", OpportunityStatus.PLANNED, Priority.HIGH,
                unanswered);
        b.stage("Consideration");
        b.step("Asks the forum about speeds", 1, MARKETING, C2C_ON_SITE).action("Asks what speeds neighbours get")
                .touchpoint("Speed questions on the forum", C2C_ON_SITE, List.of("forum"), List.of("speed"))
                .thought("Real numbers from real people").backstage("Community manager answers within a day");
        b.step("Asks a question on Facebook", 0, SALES, B2C_PUBLIC).action("Asks about prices for over-65s")
                .touchpoint("Sales questions on Facebook", B2C_PUBLIC, List.of("facebook"), List.of("sales"))
                .thought("Will they give me a straight answer?");
        String jargon = b.pain("Answers full of jargon");
        b.opportunity("Plain-language answer library for sales questions", "Sales enablement", OpportunityStatus.IDEA,
                Priority.MEDIUM, jargon);
        b.stage("Purchase");
        b.step("Calls to sign up", 1, SALES, B2C_PRIVATE).action("Phones the sales line")
                .touchpoint("Sales calls", B2C_PRIVATE, List.of("phone"), List.of("sales"))
                .backstage("Sales order, credit check").system("Order management; CRM");
        String hold = b.pain("Twenty minutes on hold");
        b.opportunity("Call-back at a time Peter chooses", "Sales", OpportunityStatus.PLANNED, Priority.HIGH, hold);
        b.step("Checks the first bill", 0, SALES, B2C_PRIVATE).action("Compares the bill with the offer")
                .touchpoint("Billing questions by e-mail", B2C_PRIVATE, List.of("email"), List.of("billing"))
                .thought("Is that what I was promised?").system("Billing");
        b.stage("Onboarding");
        b.step("Installation day", 2, SERVICE, B2C_PRIVATE).action("Lets the engineer in")
                .touchpoint("Engineer visit reminders", B2C_PRIVATE, List.of("email", "phone"), List.of("engineer"))
                .backstage("Field service confirms the slot the day before").system("Field service scheduling");
        b.step("Sets up the new hub", 1, SERVICE, C2C_ON_SITE).action("Connects the TV box and the mesh")
                .touchpoint("Equipment help on the forum and X", C2C_ON_SITE, List.of("forum", "x"),
                        List.of("equipment"))
                .thought("Which cable goes where?");
        String setup = b.pain("Set-up guide assumes technical knowledge");
        b.opportunity("Short set-up videos linked from the welcome e-mail", "Marketing", OpportunityStatus.IDEA,
                Priority.LOW, setup);
        return b.build();
    }
}

/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.journey.internal;

import static org.parley.model.InteractionType.B2C_PRIVATE;
import static org.parley.model.InteractionType.B2C_PUBLIC;
import static org.parley.model.InteractionType.C2C_OFF_SITE;
import static org.parley.model.InteractionType.C2C_ON_SITE;
import static org.parley.model.OwningFunction.MARKETING;
import static org.parley.model.OwningFunction.SALES;
import static org.parley.model.OwningFunction.SERVICE;

import java.util.List;

import org.parley.model.journey.JourneyBuilder;
import org.parley.model.journey.JourneyMap;
import org.parley.journey.JourneyTemplate;
import org.parley.model.journey.OpportunityStatus;
import org.parley.model.journey.PersonaProfile;
import org.parley.model.journey.Priority;
import org.parley.model.PlanState;

/** The journeys planners start from. Each call makes a new map with fresh ids. */
final class JourneyTemplates {

    static final JourneyTemplate SOCIAL_COMPLAINT = new JourneyTemplate("social-complaint",
            "Social customer-service complaint",
            "A customer complains in public on a social network; the brand answers in public, moves to a private"
                    + " channel for account details, fixes the problem and closes the loop in public.");
    static final JourneyTemplate REVIEWS_PURCHASE = new JourneyTemplate("reviews-purchase",
            "Purchase helped by reviews and forums",
            "A prospect researches a purchase in reviews and community forums, asks questions in public and"
                    + " buys, with the brand taking part in the conversation.");

    private JourneyTemplates() {
    }

    static List<JourneyTemplate> all() {
        return List.of(SOCIAL_COMPLAINT, REVIEWS_PURCHASE);
    }

    static JourneyMap create(String templateId) {
        if (SOCIAL_COMPLAINT.id().equals(templateId)) {
            return socialComplaint();
        }
        if (REVIEWS_PURCHASE.id().equals(templateId)) {
            return reviewsPurchase();
        }
        throw new IllegalArgumentException("No journey template '" + templateId + "'; templates are "
                + all().stream().map(JourneyTemplate::id).toList());
    }

    private static JourneyMap socialComplaint() {
        PersonaProfile persona = new PersonaProfile(org.parley.model.journey.Ids.newId(), "Vocal customer",
                "Existing customer, active on social networks",
                "Get the problem fixed quickly without phoning; be taken seriously",
                "Reassurance that someone is on it; a named person; progress updates",
                "Repeating account details; canned answers; silence after a complaint",
                List.of("x", "facebook", "email"));
        JourneyBuilder b = new JourneyBuilder(SOCIAL_COMPLAINT.title()).persona(persona).describe(
                "A customer hits a problem with the product or service and complains in public on a social network.",
                "Public acknowledgement within 1 hour, resolved in a private channel, customer says thanks in public.",
                PlanState.AS_IS, 1);
        b.stage("Problem");
        b.step("Hits a problem", -1, SERVICE, null).action("Notices the product or service fails")
                .thought("Again? I pay for this").backstage("Monitoring may already show the incident")
                .system("Service status / incident system");
        b.step("Looks for others with the problem", -1, SERVICE, C2C_ON_SITE).action("Searches the community forum")
                .touchpoint("Community forum", C2C_ON_SITE, List.of("forum"), List.of());
        String noStatus = b.pain("No public status information");
        b.opportunity("Post known incidents on the forum and status page", "Community manager",
                OpportunityStatus.IDEA, Priority.MEDIUM, noStatus);
        b.stage("Complaint");
        b.step("Complains in public", -2, SERVICE, C2C_OFF_SITE).action("Posts a complaint mentioning the brand")
                .touchpoint("Public post on X", C2C_OFF_SITE, List.of("x"), List.of())
                .touchpoint("Facebook page comment", C2C_OFF_SITE, List.of("facebook"), List.of())
                .thought("Maybe they listen if everyone can see it");
        String unseen = b.pain("Mentions are not seen outside office hours");
        b.opportunity("Listen to mentions and route complaints to the social care team", "Social care lead",
                OpportunityStatus.PLANNED, Priority.HIGH, unseen);
        b.backstage("Social care team triages mentions").system("Social listening feed into the inbox");
        b.step("Gets a public answer", -1, SERVICE, B2C_PUBLIC).action("Reads the brand's reply")
                .touchpoint("Brand reply in public", B2C_PUBLIC, List.of("x", "facebook"), List.of())
                .thought("At least someone answered");
        String canned = b.pain("Answer feels canned");
        b.opportunity("Reply with a name and a next step", "Social care lead", OpportunityStatus.IN_PROGRESS,
                Priority.MEDIUM, canned);
        b.stage("Resolution");
        b.step("Moves to a private channel", 0, SERVICE, B2C_PRIVATE).action("Sends account details privately")
                .touchpoint("Direct message / e-mail follow-up", B2C_PRIVATE, List.of("x", "email"), List.of())
                .backstage("Agent matches the social handle to the customer record")
                .system("CRM customer record; identity matching");
        String repeat = b.pain("Has to repeat the story");
        b.opportunity("Carry the public thread into the private case", "CRM team", OpportunityStatus.PLANNED,
                Priority.HIGH, repeat);
        b.step("Problem fixed", 1, SERVICE, B2C_PRIVATE).action("Confirms it works again")
                .touchpoint("Resolution e-mail", B2C_PRIVATE, List.of("email"), List.of())
                .backstage("Case closed with cause and fix").system("Case management");
        b.stage("Afterwards");
        b.step("Closes the loop in public", 2, MARKETING, B2C_PUBLIC).action("Thanks the brand in public")
                .touchpoint("Public thank-you", C2C_OFF_SITE, List.of("x", "facebook"), List.of())
                .thought("They sorted it, fair play");
        b.opportunity("Ask happy customers to share their experience", "Marketing", OpportunityStatus.IDEA,
                Priority.LOW);
        return b.build();
    }

    private static JourneyMap reviewsPurchase() {
        PersonaProfile persona = new PersonaProfile(org.parley.model.journey.Ids.newId(), "Careful researcher",
                "Prospect comparing offers before buying", "Make the right choice at a fair price",
                "Trustworthy opinions from people like them; quick answers to specific questions",
                "Sales pressure; hidden costs; questions left unanswered", List.of("forum", "facebook", "phone"));
        JourneyBuilder b = new JourneyBuilder(REVIEWS_PURCHASE.title()).persona(persona).describe(
                "A prospect researches a purchase in review sites and community forums before buying.",
                "The prospect buys, with the brand's answers in reviews and forums as a reason to choose it.",
                PlanState.TO_BE, 1);
        b.stage("Awareness");
        b.step("Reads reviews", 0, MARKETING, C2C_OFF_SITE).action("Reads reviews on independent sites")
                .touchpoint("Review sites", C2C_OFF_SITE, List.of("review"), List.of())
                .thought("What do real customers say?").system("Review feed (RSS/Atom)");
        String negative = b.pain("Negative reviews stay unanswered");
        b.opportunity("Answer reviews in public, good and bad", "Marketing", OpportunityStatus.PLANNED,
                Priority.HIGH, negative);
        b.stage("Consideration");
        b.step("Asks the community", 1, MARKETING, C2C_ON_SITE).action("Asks a question on the forum")
                .touchpoint("Community forum", C2C_ON_SITE, List.of("forum"), List.of())
                .backstage("Community manager watches unanswered questions");
        String slow = b.pain("Questions wait days for an answer");
        b.opportunity("Brand experts answer unanswered questions within a day", "Community manager",
                OpportunityStatus.IDEA, Priority.MEDIUM, slow);
        b.step("Asks the brand in public", 0, SALES, B2C_PUBLIC).action("Comments on the brand's page")
                .touchpoint("Facebook page comment", B2C_PUBLIC, List.of("facebook"), List.of())
                .thought("Will they give me a straight answer?");
        b.stage("Purchase");
        b.step("Buys", 1, SALES, B2C_PRIVATE).action("Signs up by phone or online")
                .touchpoint("Sales line", B2C_PRIVATE, List.of("phone"), List.of())
                .backstage("Sales order and credit check").system("Order management; CRM");
        String details = b.pain("Asked again for details given in the forum");
        b.opportunity("Link the forum profile to the new customer record", "CRM team", OpportunityStatus.IDEA,
                Priority.LOW, details);
        b.stage("Onboarding");
        b.step("First use", 2, SERVICE, B2C_PRIVATE).action("Sets up and uses the product")
                .touchpoint("Welcome e-mail", B2C_PRIVATE, List.of("email"), List.of())
                .thought("That was easy").system("Onboarding e-mail programme");
        b.step("Writes a review", 2, MARKETING, C2C_OFF_SITE).action("Shares the experience")
                .touchpoint("Review sites", C2C_OFF_SITE, List.of("review"), List.of());
        return b.build();
    }
}

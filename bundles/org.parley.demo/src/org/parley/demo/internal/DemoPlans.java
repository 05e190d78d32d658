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

import org.parley.model.Canvas;
import org.parley.model.CanvasItem;
import org.parley.model.CanvasLayer;
import org.parley.model.InteractionType;
import org.parley.model.Journey;
import org.parley.model.OwningFunction;
import org.parley.model.Persona;
import org.parley.model.PlanState;
import org.parley.model.Stage;
import org.parley.model.Step;

/** The demo's planning side: two personas, two journeys and the canvas of a workshop. */
final class DemoPlans {

    final Persona carla = new Persona("Connected Carla");
    final Persona peter = new Persona("Practical Peter");
    final Journey outage = new Journey("Broadband outage complaint");
    final Journey switching = new Journey("Switching provider, helped by reviews");
    final Canvas canvas = new Canvas("Social customer service workshop");

    DemoPlans() {
        personas();
        outageJourney();
        switchingJourney();
        workshopCanvas();
    }

    List<Object> all() {
        return List.of(carla, peter, outage, switching, canvas);
    }

    private void personas() {
        carla.setSegment("Urban professional, 25-34, works from home");
        carla.setGoals("Reliable fast internet for video calls; problems fixed without phoning anyone");
        carla.setNeedStates("Reassurance during outages; quick public answers");
        carla.setFrustrations("Being asked to repeat account details; silence after a complaint");
        carla.setPreferredChannels(List.of("x", "facebook", "email"));
        peter.setSegment("Retired, 65+, household of two");
        peter.setGoals("A fair price and a person to talk to");
        peter.setNeedStates("Clear letters and bills; engineer visits at a known time");
        peter.setFrustrations("Long hold times; jargon");
        peter.setPreferredChannels(List.of("phone", "email", "forum"));
    }

    private void outageJourney() {
        outage.setPersona(carla);
        outage.setScenario("Carla's connection drops every evening; she complains on X, then needs an engineer.");
        outage.setTargetOutcome("Outage acknowledged in public within 1 hour, fixed within 48 hours, Carla stays.");
        Stage notice = outage.addStage("Notice the problem");
        step(notice, "Connection drops during a call", OwningFunction.SERVICE, -2)
                .addTouchpoint("Router status page", InteractionType.B2C_PRIVATE, List.of("web"));
        step(notice, "Checks if others have it too", OwningFunction.SERVICE, -1)
                .addTouchpoint("Community forum thread", InteractionType.C2C_ON_SITE, List.of("forum"));
        Stage seek = outage.addStage("Seek help");
        Step tweet = step(seek, "Complains on X", OwningFunction.SERVICE, -2);
        tweet.addTouchpoint("Public complaint on X", InteractionType.C2C_OFF_SITE, List.of("x"));
        tweet.addTouchpoint("Brand reply in public", InteractionType.B2C_PUBLIC, List.of("x"));
        step(seek, "Sends account details privately", OwningFunction.SERVICE, -1)
                .addTouchpoint("Direct message / e-mail follow-up", InteractionType.B2C_PRIVATE,
                        List.of("x", "email"));
        Stage resolve = outage.addStage("Get it fixed");
        step(resolve, "Engineer visit booked", OwningFunction.SERVICE, 0)
                .addTouchpoint("Booking confirmation", InteractionType.B2C_PRIVATE, List.of("email", "phone"));
        step(resolve, "Connection restored", OwningFunction.SERVICE, 1);
        Stage after = outage.addStage("Afterwards");
        step(after, "Gets a goodwill credit", OwningFunction.MARKETING, 2)
                .addTouchpoint("Bill with credit", InteractionType.B2C_PRIVATE, List.of("email"));
        step(after, "Posts a thank-you", OwningFunction.MARKETING, 2)
                .addTouchpoint("Public compliment", InteractionType.C2C_OFF_SITE, List.of("x", "facebook"));
    }

    private void switchingJourney() {
        switching.setPersona(peter);
        switching.setPlanState(PlanState.TO_BE);
        switching.setScenario("Peter's contract ends; he compares providers on review sites and the forum.");
        switching.setTargetOutcome("Peter signs up by phone, with installation at a time he chose.");
        Stage aware = switching.addStage("Awareness");
        step(aware, "Reads a neighbour's review", OwningFunction.MARKETING, 0)
                .addTouchpoint("Review site", InteractionType.C2C_OFF_SITE, List.of("feed"));
        Stage consider = switching.addStage("Consideration");
        step(consider, "Asks the forum about speeds", OwningFunction.MARKETING, 1)
                .addTouchpoint("Community forum", InteractionType.C2C_ON_SITE, List.of("forum"));
        step(consider, "Asks a question on Facebook", OwningFunction.SALES, 0)
                .addTouchpoint("Facebook page comment", InteractionType.B2C_PUBLIC, List.of("facebook"));
        Stage buy = switching.addStage("Purchase");
        step(buy, "Calls to sign up", OwningFunction.SALES, 1)
                .addTouchpoint("Sales line", InteractionType.B2C_PRIVATE, List.of("phone"));
        Stage onboard = switching.addStage("Onboarding");
        step(onboard, "Installation day", OwningFunction.SERVICE, 2)
                .addTouchpoint("Engineer visit reminder", InteractionType.B2C_PRIVATE, List.of("email", "phone"));
    }

    private static Step step(Stage stage, String name, OwningFunction owner, int emotion) {
        Step step = stage.addStep(name);
        step.setOwner(owner);
        step.setEmotion(emotion);
        step.setCustomerAction(name);
        return step;
    }

    private void workshopCanvas() {
        canvas.setJourney(outage);
        canvas.setDescription("Workshop with service, marketing and IT: answering complaints on social channels.");
        CanvasItem scenario = canvas.addItem(CanvasLayer.BUSINESS, "Customers complain in public about outages");
        scenario.setKind("scenario");
        CanvasItem outcome = canvas.addItem(CanvasLayer.BUSINESS, "Public acknowledgement within 1 hour");
        outcome.setKind("target outcome");
        CanvasItem triage = canvas.addItem(CanvasLayer.OPERATIONAL, "Social care team triages mentions, 7am-11pm");
        triage.setKind("role");
        CanvasItem escalate = canvas.addItem(CanvasLayer.OPERATIONAL, "Escalate to private channel for account data");
        escalate.setKind("process");
        CanvasItem listen = canvas.addItem(CanvasLayer.TECHNICAL, "X and Facebook mentions flow into the inbox");
        listen.setKind("data flow");
        CanvasItem crm = canvas.addItem(CanvasLayer.TECHNICAL, "Match social handles to CRM accounts");
        crm.setKind("system interface");
        Step tweet = outage.getStages().get(1).getSteps().get(0);
        scenario.setStepStableId(tweet.getStableId());
        escalate.setStepStableId(outage.getStages().get(1).getSteps().get(1).getStableId());
        canvas.link(scenario, outcome);
        canvas.link(outcome, triage);
        canvas.link(triage, escalate);
        canvas.link(triage, listen);
        canvas.link(escalate, crm);
    }
}

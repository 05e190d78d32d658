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

import org.parley.model.journey.JourneyMap;
import org.parley.model.Canvas;
import org.parley.model.CanvasItem;
import org.parley.model.CanvasLayer;

/** The demo's planning canvas, linked to steps of the outage journey. */
final class DemoPlans {

    private DemoPlans() {
    }

    static Canvas workshopCanvas(JourneyMap outage) {
        Canvas canvas = new Canvas("Social customer service workshop");
        canvas.setJourneyId(outage.databaseId());
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
        scenario.setStepStableId(outage.stages().get(1).steps().get(0).id());
        escalate.setStepStableId(outage.stages().get(1).steps().get(2).id());
        canvas.link(scenario, outcome);
        canvas.link(outcome, triage);
        canvas.link(triage, escalate);
        canvas.link(triage, listen);
        canvas.link(escalate, crm);
        return canvas;
    }
}

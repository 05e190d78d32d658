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

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.parley.channels.ChannelConnector;
import org.parley.model.journey.Card;
import org.parley.journey.Finding;
import org.parley.journey.JourneyChecks;
import org.parley.model.journey.JourneyMap;
import org.parley.model.journey.JourneyStep;
import org.parley.model.journey.LaneKind;
import org.parley.journey.Severity;

/**
 * The checks of a journey. A pain point counts as addressed when an opportunity anywhere in the
 * journey names it, or when an opportunity of the same step names no pain point at all (it is about
 * the whole step). Installed connectors come and go: the check asks them each time.
 */
@Component(service = JourneyChecks.class)
public final class PlanChecks implements JourneyChecks {

    private final List<ChannelConnector> connectors = new CopyOnWriteArrayList<>();

    public PlanChecks() {
        // for DS; tests add connectors with addConnector
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addConnector(ChannelConnector connector) {
        connectors.add(connector);
    }

    public void removeConnector(ChannelConnector connector) {
        connectors.remove(connector);
    }

    @Override
    public Set<String> connectedChannels() {
        Set<String> channels = new TreeSet<>();
        for (ChannelConnector connector : connectors) {
            connector.channels().forEach(channel -> channels.add(channel.toLowerCase(Locale.ROOT)));
        }
        return channels;
    }

    @Override
    public List<Finding> check(JourneyMap map) {
        Set<String> connected = connectedChannels();
        Set<String> addressed = new HashSet<>();
        map.steps().forEach(step -> step.cards(LaneKind.OPPORTUNITIES).forEach(o -> addressed.addAll(o.addresses())));
        List<Finding> findings = new ArrayList<>();
        for (JourneyStep step : map.steps()) {
            String name = "Step '" + step.name() + "'";
            if (step.owner() == null) {
                findings.add(new Finding(Severity.ERROR, "step-without-owner", step.id(), null,
                        name + " has no owner (marketing, sales or service)"));
            }
            List<Card> touchpoints = step.cards(LaneKind.TOUCHPOINTS);
            if (touchpoints.isEmpty()) {
                findings.add(new Finding(Severity.WARNING, "step-without-touchpoint", step.id(), null,
                        name + " has no touchpoint"));
            }
            boolean stepWide = step.cards(LaneKind.OPPORTUNITIES).stream().anyMatch(o -> o.addresses().isEmpty());
            for (Card pain : step.cards(LaneKind.PAIN_POINTS)) {
                if (!stepWide && !addressed.contains(pain.id())) {
                    findings.add(new Finding(Severity.WARNING, "pain-point-without-opportunity", step.id(), pain.id(),
                            name + ": no opportunity addresses the pain point '" + pain.text() + "'"));
                }
            }
            for (Card touchpoint : touchpoints) {
                touchpointFindings(step, touchpoint, connected, findings);
            }
        }
        return findings;
    }

    private static void touchpointFindings(JourneyStep step, Card touchpoint, Set<String> connected,
            List<Finding> findings) {
        String name = "Touchpoint '" + touchpoint.text() + "' of step '" + step.name() + "'";
        if (touchpoint.channels().isEmpty()) {
            findings.add(new Finding(Severity.WARNING, "touchpoint-without-channel", step.id(), touchpoint.id(),
                    name + " names no channel, so it shows no live figures"));
        }
        for (String channel : touchpoint.channels()) {
            if (!connected.contains(channel)) {
                findings.add(new Finding(Severity.WARNING, "channel-without-connector", step.id(), touchpoint.id(),
                        name + " uses channel '" + channel + "', which no installed connector brings in"));
            }
        }
    }
}

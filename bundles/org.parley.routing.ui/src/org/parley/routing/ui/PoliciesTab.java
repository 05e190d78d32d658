/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.routing.ui;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.widgets.Composite;
import org.parley.routing.BusinessHours;
import org.parley.routing.Priority;
import org.parley.routing.RoutingJson;
import org.parley.routing.SlaPolicy;

/** The SLA policies: targets per priority, business hours and time zone. */
final class PoliciesTab extends ListTab<SlaPolicy> {

    PolicyForm form;

    PoliciesTab(Composite parent, Runnable changed) {
        super(parent, changed, "Policy:150", "Queues:150", "Hours:170", "First reply:160");
    }

    @Override
    void createForm(Composite parent) {
        form = new PolicyForm(parent);
    }

    @Override
    String[] cells(SlaPolicy policy) {
        BusinessHours hours = policy.hours();
        String queues = policy.isDefault() ? "(default)" : String.join(", ", policy.queues());
        String to = hours.to().equals(LocalTime.MIDNIGHT) ? "24:00" : hours.to().toString();
        String first = String.join(" ", policy.firstReply().entrySet().stream()
                .map(e -> e.getKey().id() + " " + RoutingJson.formatDuration(e.getValue())).toList());
        return new String[]{policy.name(), queues,
                hours.days().size() + " days " + hours.from() + "-" + to + " " + hours.zone().getId(), first};
    }

    @Override
    void show(SlaPolicy policy) {
        form.show(policy);
    }

    @Override
    SlaPolicy read() {
        return form.read();
    }

    @Override
    SlaPolicy fresh(int number) {
        return new SlaPolicy("Policy " + number, List.of("Queue " + number),
                Map.of(Priority.NORMAL, Duration.ofHours(8)), Map.of(Priority.NORMAL, Duration.ofHours(8)),
                BusinessHours.weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0), ZoneId.systemDefault()));
    }
}

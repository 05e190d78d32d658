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

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.parley.routing.BusinessHours;
import org.parley.routing.Priority;
import org.parley.routing.RoutingJson;
import org.parley.routing.SlaPolicy;

/** The fields of one SLA policy: queues, business hours, time zone and targets per priority. */
final class PolicyForm {

    final Composite control;
    final Text name;
    final Text queues;
    final Text zone;
    final Map<String, Button> days;
    final Text from;
    final Text to;
    final Text holidays;
    final Map<Priority, Text> firstReply = new EnumMap<>(Priority.class);
    final Map<Priority, Text> nextReply = new EnumMap<>(Priority.class);

    PolicyForm(Composite parent) {
        control = new Composite(parent, SWT.NONE);
        control.setLayout(new GridLayout(2, false));
        name = Form.text(control, "Name", "the policy's name");
        queues = Form.text(control, "Queues", "teams or persons it applies to (empty: the default policy)");
        zone = Form.text(control, "Time zone", "e.g. Europe/London, America/New_York");
        days = Form.checks(control, "Days", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun");
        from = Form.text(control, "Open from", "09:00");
        to = Form.text(control, "Until", "18:00 (24:00 for the end of the day)");
        holidays = Form.text(control, "Holidays", "2026-12-25, 2026-12-26");
        for (Priority priority : Priority.values()) {
            firstReply.put(priority, Form.text(control, "First reply, " + priority.id(), "e.g. 4h, 30m, 1d"));
        }
        for (Priority priority : Priority.values()) {
            nextReply.put(priority, Form.text(control, "Next reply, " + priority.id(), "e.g. 8h"));
        }
    }

    void show(SlaPolicy policy) {
        BusinessHours hours = policy.hours();
        name.setText(policy.name());
        queues.setText(Form.words(policy.queues()));
        zone.setText(hours.zone().getId());
        Form.set(days, hours.days().stream().map(d -> d.name().substring(0, 3).toLowerCase(Locale.ROOT)).toList());
        from.setText(hours.from().toString());
        to.setText(hours.to().equals(LocalTime.MIDNIGHT) ? "24:00" : hours.to().toString());
        holidays.setText(Form.words(hours.holidays().stream().map(LocalDate::toString).toList()));
        for (Priority priority : Priority.values()) {
            Duration first = policy.firstReply().get(priority);
            Duration next = policy.nextReply().get(priority);
            firstReply.get(priority).setText(first == null ? "" : RoutingJson.formatDuration(first));
            nextReply.get(priority).setText(next == null ? "" : RoutingJson.formatDuration(next));
        }
    }

    /**
     * @throws IllegalArgumentException
     *             saying which field is wrong
     */
    SlaPolicy read() {
        Set<DayOfWeek> chosen = EnumSet.noneOf(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (days.get(day.name().substring(0, 3).toLowerCase(Locale.ROOT)).getSelection()) {
                chosen.add(day);
            }
        }
        try {
            List<LocalDate> off = Form.words(holidays).stream().map(LocalDate::parse).toList();
            BusinessHours hours = new BusinessHours(chosen, time(from.getText()), time(to.getText()),
                    ZoneId.of(zone.getText().strip()), off);
            return new SlaPolicy(name.getText(), Form.words(queues), targets(firstReply), targets(nextReply), hours);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + e.getParsedString() + "' is not a time (09:00) or date "
                    + "(2026-12-25)", e);
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private static LocalTime time(String text) {
        return "24:00".equals(text.strip()) ? LocalTime.MIDNIGHT : LocalTime.parse(text.strip());
    }

    private static Map<Priority, Duration> targets(Map<Priority, Text> fields) {
        Map<Priority, Duration> targets = new EnumMap<>(Priority.class);
        fields.forEach((priority, field) -> {
            if (!field.getText().isBlank()) {
                targets.put(priority, RoutingJson.parseDuration(field.getText()));
            }
        });
        return targets;
    }
}

/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.routing;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The hours in which SLA clocks run: on some days of the week, from one local time to another, in a
 * time zone, except on holidays. A window ending at midnight is written {@code to = 00:00} (or
 * {@code "24:00"} in JSON). Windows never span midnight otherwise.
 *
 * @param days
 *            the working days
 * @param from
 *            the local opening time
 * @param to
 *            the local closing time; {@code 00:00} means the end of the day
 * @param zone
 *            the time zone of {@code from}, {@code to}, the days and the holidays
 * @param holidays
 *            dates on which the clock does not run
 */
public record BusinessHours(Set<DayOfWeek> days, LocalTime from, LocalTime to, ZoneId zone, List<LocalDate> holidays) {

    /** A scan limit: a policy with no working day in this many days is treated as never due. */
    private static final int MAX_DAYS = 3 * 366;

    public BusinessHours {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        days = days == null || days.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(days));
        holidays = holidays == null ? List.of() : List.copyOf(holidays);
        if (days.isEmpty()) {
            throw new IllegalArgumentException("business hours need at least one day");
        }
        if (!to.equals(LocalTime.MIDNIGHT) && !to.isAfter(from)) {
            throw new IllegalArgumentException("business hours end (" + to + ") must be after their start (" + from
                    + ")");
        }
    }

    /** Monday to Friday, {@code from} to {@code to}, in {@code zone}. */
    public static BusinessHours weekdays(LocalTime from, LocalTime to, ZoneId zone) {
        return new BusinessHours(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), from, to, zone, List.of());
    }

    /** Every hour of every day. */
    public static BusinessHours always(ZoneId zone) {
        return new BusinessHours(EnumSet.allOf(DayOfWeek.class), LocalTime.MIDNIGHT, LocalTime.MIDNIGHT, zone,
                List.of());
    }

    /**
     * The instant at which {@code target} of business time has passed since {@code start}. Time outside
     * business hours does not count; a start outside them counts from the next opening. Daylight saving
     * changes are honoured: a window's length is the real time between its local opening and closing.
     *
     * @return the due instant, or {@code null} when no business day comes within three years
     */
    public Instant addBusinessTime(Instant start, Duration target) {
        Duration left = target;
        ZonedDateTime now = start.atZone(zone);
        LocalDate day = now.toLocalDate();
        for (int i = 0; i < MAX_DAYS; i++, day = day.plusDays(1)) {
            if (!isWorkingDay(day)) {
                continue;
            }
            ZonedDateTime open = day.atTime(from).atZone(zone);
            ZonedDateTime close = to.equals(LocalTime.MIDNIGHT)
                    ? day.plusDays(1).atStartOfDay(zone)
                    : day.atTime(to).atZone(zone);
            ZonedDateTime begin = now.isAfter(open) ? now : open;
            if (!begin.isBefore(close)) {
                continue;
            }
            Duration available = Duration.between(begin, close);
            if (available.compareTo(left) >= 0) {
                return begin.toInstant().plus(left);
            }
            left = left.minus(available);
        }
        return null;
    }

    public boolean isWorkingDay(LocalDate day) {
        return days.contains(day.getDayOfWeek()) && !holidays.contains(day);
    }
}

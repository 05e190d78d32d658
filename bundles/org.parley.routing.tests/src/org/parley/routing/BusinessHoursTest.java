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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * SLA clocks run in business time, in the policy's own time zone, across weekends, holidays and
 * DST.
 */
class BusinessHoursTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final BusinessHours OFFICE = BusinessHours.weekdays(LocalTime.of(9, 0), LocalTime.of(18, 0),
            LONDON);

    private static Instant at(String local, ZoneId zone) {
        return LocalDateTime.parse(local).atZone(zone).toInstant();
    }

    @Test
    void aMessageOnFridayEveningWithAFourHourTargetIsDueOnMondayAtHalfPastTwelve() {
        Instant due = OFFICE.addBusinessTime(at("2026-11-20T17:30", LONDON), Duration.ofHours(4));
        assertEquals(at("2026-11-23T12:30", LONDON), due);
    }

    @Test
    void aMessageInTheNightCountsFromTheNextOpening() {
        assertEquals(at("2026-11-17T10:00", LONDON),
                OFFICE.addBusinessTime(at("2026-11-17T03:12", LONDON), Duration.ofHours(1)));
        assertEquals(at("2026-11-18T10:00", LONDON),
                OFFICE.addBusinessTime(at("2026-11-17T18:00", LONDON), Duration.ofHours(1)),
                "closing time itself is outside the window");
    }

    @Test
    void aMessageOnSaturdayCountsFromMondayMorning() {
        assertEquals(at("2026-11-23T09:30", LONDON),
                OFFICE.addBusinessTime(at("2026-11-21T11:00", LONDON), Duration.ofMinutes(30)));
    }

    @Test
    void aTargetLongerThanADaySpansSeveralWorkingDays() {
        // 24 business hours: Monday 10:00-18:00 (8), Tuesday 09:00-18:00 (9), Wednesday 09:00-16:00 (7)
        assertEquals(at("2026-11-18T16:00", LONDON),
                OFFICE.addBusinessTime(at("2026-11-16T10:00", LONDON), Duration.ofHours(24)));
    }

    @Test
    void holidaysDoNotCount() {
        BusinessHours christmas = new BusinessHours(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                LocalTime.of(9, 0), LocalTime.of(17, 0), LONDON,
                List.of(LocalDate.parse("2026-12-25"), LocalDate.parse("2026-12-28")));
        assertEquals(at("2026-12-29T11:00", LONDON),
                christmas.addBusinessTime(at("2026-12-24T16:00", LONDON), Duration.ofHours(3)));
    }

    @Test
    void theWeekendBeforeSpringDstChangeKeepsLocalOfficeHours() {
        // Berlin moves its clocks forward on Sunday 29 March 2026: Friday 17:30 CET is 16:30 UTC,
        // Monday 12:30 CEST is 10:30 UTC
        BusinessHours berlin = BusinessHours.weekdays(LocalTime.of(9, 0), LocalTime.of(18, 0), BERLIN);
        Instant due = berlin.addBusinessTime(Instant.parse("2026-03-27T16:30:00Z"), Duration.ofHours(4));
        assertEquals(Instant.parse("2026-03-30T10:30:00Z"), due);
    }

    @Test
    void aRoundTheClockPolicyCountsRealHoursAcrossTheSpringGap() {
        BusinessHours always = BusinessHours.always(BERLIN);
        // Sunday 29 March 2026, 01:00 CET + 4 real hours = 06:00 CEST (02:00-03:00 does not exist)
        assertEquals(at("2026-03-29T06:00", BERLIN), always.addBusinessTime(at("2026-03-29T01:00", BERLIN),
                Duration.ofHours(4)));
    }

    @Test
    void aRoundTheClockPolicyCountsTheRepeatedAutumnHour() {
        BusinessHours always = BusinessHours.always(NEW_YORK);
        // Sunday 1 November 2026: 01:00-02:00 EDT then 01:00-02:00 EST again
        Instant start = at("2026-11-01T00:30", NEW_YORK);
        Instant due = always.addBusinessTime(start, Duration.ofHours(3));
        assertEquals(Duration.ofHours(3), Duration.between(start, due), "three real hours");
        assertEquals(at("2026-11-01T02:30", NEW_YORK), due, "which read 02:30 on the wall clock");
    }

    @Test
    void anOvernightShiftAcrossTheAutumnChangeIsOneHourLonger() {
        // a night desk 00:00-06:00 on a day whose clock goes back: the window holds 7 real hours
        BusinessHours nights = new BusinessHours(EnumSet.allOf(DayOfWeek.class), LocalTime.MIDNIGHT,
                LocalTime.of(6, 0), NEW_YORK, List.of());
        Instant due = nights.addBusinessTime(at("2026-11-01T00:00", NEW_YORK), Duration.ofHours(7));
        assertEquals(at("2026-11-01T06:00", NEW_YORK), due);
    }

    @Test
    void theSameLocalRulesGiveDifferentInstantsInDifferentZones() {
        Instant message = Instant.parse("2026-11-16T08:00:00Z");
        BusinessHours newYork = BusinessHours.weekdays(LocalTime.of(9, 0), LocalTime.of(18, 0), NEW_YORK);
        assertEquals(Instant.parse("2026-11-16T10:00:00Z"), OFFICE.addBusinessTime(message, Duration.ofHours(1)));
        assertEquals(Instant.parse("2026-11-16T15:00:00Z"), newYork.addBusinessTime(message, Duration.ofHours(1)));
    }

    @Test
    void badHoursAreRefusedWithAClearMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BusinessHours.weekdays(LocalTime.of(18, 0), LocalTime.of(9, 0), LONDON));
        assertEquals("business hours end (09:00) must be after their start (18:00)", e.getMessage());
        List<LocalDate> everyMonday = Stream.iterate(LocalDate.parse("2026-11-16"), d -> d.plusWeeks(1)).limit(200)
                .toList();
        BusinessHours mondaysOff = new BusinessHours(EnumSet.of(DayOfWeek.MONDAY), LocalTime.of(9, 0),
                LocalTime.of(10, 0), LONDON, everyMonday);
        assertNull(mondaysOff.addBusinessTime(Instant.parse("2026-11-16T00:00:00Z"), Duration.ofHours(1)),
                "no working day for years: never due");
    }
}

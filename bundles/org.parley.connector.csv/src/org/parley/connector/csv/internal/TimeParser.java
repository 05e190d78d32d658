/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.connector.csv.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Parses the time column with the profile's formats (or a built-in list), remembering which format
 * worked last so that a file in one format costs one parse per row. Formatters are built once.
 */
final class TimeParser {

    static final List<String> BUILT_IN = List.of("yyyy-MM-dd'T'HH:mm[:ss][.SSS][XXX]", "yyyy-MM-dd HH:mm[:ss][XXX]",
            "yyyy/MM/dd HH:mm[:ss]", "dd/MM/yyyy HH:mm[:ss]", "dd.MM.yyyy HH:mm[:ss]", "MM/dd/yyyy h:mm[:ss] a",
            "yyyy-MM-dd", "dd/MM/yyyy");

    private final List<DateTimeFormatter> formats = new ArrayList<>();
    private final List<String> patterns;
    private final ZoneId zone;
    private int last;

    TimeParser(List<String> patterns, String zone) {
        this.patterns = patterns.isEmpty() ? BUILT_IN : List.copyOf(patterns);
        for (String pattern : this.patterns) {
            formats.add(DateTimeFormatter.ofPattern(strictYears(pattern), Locale.ROOT)
                    .withResolverStyle(ResolverStyle.STRICT));
        }
        this.zone = zone == null || zone.isBlank() ? ZoneOffset.UTC : ZoneId.of(zone);
    }

    /**
     * @throws DateTimeParseException
     *             when no format reads the text
     */
    OffsetDateTime parse(String text) {
        String t = text.strip();
        if (!t.isEmpty() && allDigits(t)) {
            long n = Long.parseLong(t);
            Instant instant = t.length() > 11 ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n);
            return instant.atZone(zone).toOffsetDateTime();
        }
        DateTimeParseException first = null;
        for (int k = 0; k < formats.size(); k++) {
            int i = (last + k) % formats.size();
            try {
                OffsetDateTime result = toOffset(formats.get(i).parse(t));
                last = i;
                return result;
            } catch (DateTimeParseException e) {
                first = first == null ? e : first;
            }
        }
        throw new DateTimeParseException("bad date '" + text + "' (formats tried: " + String.join(" | ", patterns)
                + ")", text, 0, first);
    }

    /**
     * Strict resolving refuses the 31st of February (smart resolving would make it the 28th), but needs
     * {@code u} (proleptic year) instead of {@code y} (year of era) outside quoted text.
     */
    private static String strictYears(String pattern) {
        StringBuilder b = new StringBuilder(pattern.length());
        boolean quoted = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            quoted = c == '\'' ? !quoted : quoted;
            b.append(c == 'y' && !quoted ? 'u' : c);
        }
        return b.toString();
    }

    private OffsetDateTime toOffset(TemporalAccessor parsed) {
        if (parsed.isSupported(java.time.temporal.ChronoField.OFFSET_SECONDS)) {
            return OffsetDateTime.from(parsed);
        }
        if (parsed.isSupported(java.time.temporal.ChronoField.HOUR_OF_DAY)) {
            return LocalDateTime.from(parsed).atZone(zone).toOffsetDateTime();
        }
        return LocalDate.from(parsed).atStartOfDay(zone).toOffsetDateTime();
    }

    private static boolean allDigits(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) < '0' || t.charAt(i) > '9') {
                return false;
            }
        }
        return t.length() >= 9;
    }
}

/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.connector.email.internal;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Locale;

import jakarta.mail.internet.MailDateFormat;

/**
 * Message dates as archives hold them: RFC 5322 with its offset kept, what Jakarta Mail's lenient
 * parser still reads, and the asctime form of pipermail archives and From_ lines
 * ({@code Thu Nov  1 11:19:12 2001}, taken as UTC).
 */
final class MailDates {

    private static final DateTimeFormatter ASCTIME = DateTimeFormatter.ofPattern("EEE MMM d HH:mm:ss yyyy",
            Locale.ROOT);

    private MailDates() {
    }

    /** The date, or null when the text is not one. */
    static OffsetDateTime parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = withoutComments(text).replaceAll("\\s+", " ").strip();
        try {
            return OffsetDateTime.parse(t, DateTimeFormatter.RFC_1123_DATE_TIME);
        } catch (DateTimeParseException e) {
            // try the other forms
        }
        try {
            return LocalDateTime.parse(t, ASCTIME).atOffset(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            // try the lenient parser
        }
        try {
            Date date = new MailDateFormat().parse(t);
            return date == null ? null : date.toInstant().atOffset(ZoneOffset.UTC);
        } catch (java.text.ParseException | RuntimeException e) {
            return null;
        }
    }

    /** The date at the end of an mbox From_ line ({@code From a@b Thu Nov  1 11:19:12 2001}). */
    static OffsetDateTime fromLine(String fromLine) {
        String[] words = fromLine.strip().split("\\s+");
        if (words.length < 5) {
            return null;
        }
        String tail = String.join(" ", java.util.Arrays.copyOfRange(words, words.length - 5, words.length));
        return parse(tail);
    }

    private static String withoutComments(String text) {
        int open = text.indexOf('(');
        return open > 0 ? text.substring(0, open) : text;
    }
}

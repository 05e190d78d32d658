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

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVRecord;
import org.parley.channels.Author;
import org.parley.channels.InboundMessage;
import org.parley.channels.MessageDirection;
import org.parley.connector.csv.CsvProfile;

/** Turns one CSV record into a message, or says in words why it cannot. */
final class RowMapper {

    /** Why a row cannot become a message. */
    static final class BadRow extends Exception {
        private static final long serialVersionUID = 1L;

        BadRow(String reason) {
            super(reason, null, false, false);
        }
    }

    private final ColumnMap columns;
    private final int headerSize;
    private final TimeParser times;
    private final PhoneNormaliser phones;
    private final String defaultChannel;
    private final OffsetDateTime fallbackTime;
    private final char delimiter;
    private final MessageDigest sha;
    private final int idCol;
    private final int timeCol;
    private final int textCol;

    RowMapper(ColumnMap columns, int headerSize, CsvProfile profile, OffsetDateTime fallbackTime, char delimiter) {
        this.columns = columns;
        this.headerSize = headerSize;
        this.times = new TimeParser(profile.dateFormats(), profile.zone());
        this.phones = new PhoneNormaliser(profile.countryCode());
        this.defaultChannel = channelName(profile.channel());
        this.fallbackTime = fallbackTime;
        this.delimiter = delimiter;
        this.idCol = columns.of("id");
        this.timeCol = columns.of("time");
        this.textCol = columns.of("text");
        try {
            this.sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    InboundMessage map(CSVRecord record) throws BadRow {
        if (record.size() <= columns.highest()) {
            throw new BadRow("missing columns: the row has " + record.size() + " field(s), the header "
                    + headerSize);
        }
        OffsetDateTime time;
        try {
            time = timeCol < 0 ? fallbackTime : times.parse(record.get(timeCol));
        } catch (RuntimeException e) {
            throw new BadRow(e.getMessage());
        }
        String id = value(record, idCol);
        if (id == null) {
            id = "row-" + hash(record);
        }
        String text = textCol < 0 ? "" : record.get(textCol);
        String direction = value(record, columns.of("direction"));
        return InboundMessage.builder(channel(record), id).thread(value(record, columns.of("thread")), null)
                .direction(isOutbound(direction) ? MessageDirection.OUTBOUND : MessageDirection.INBOUND)
                .author(author(record)).occurredAt(time).subject(value(record, columns.of("subject"))).text(text)
                .tags(tags(value(record, columns.of("tags"))))
                .raw(raw(record).getBytes(StandardCharsets.UTF_8), "text/csv").build();
    }

    private Author author(CSVRecord record) {
        String name = value(record, columns.of("author"));
        String phone = phones.normalise(value(record, columns.of("phone")));
        String email = value(record, columns.of("email"));
        email = email == null ? null : email.toLowerCase(Locale.ROOT);
        String handle = phone != null ? phone : email != null ? email : name != null ? name : "unknown";
        return new Author(handle, name, email, phone, null, false);
    }

    private String channel(CSVRecord record) {
        String value = value(record, columns.of("channel"));
        return value == null ? defaultChannel : channelName(value);
    }

    static String channelName(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "voice", "call", "telephone", "phone call", "inbound call", "outbound call" -> "phone";
            case "webchat", "web chat", "livechat", "live chat", "messenger" -> "chat";
            case "mail", "e-mail" -> "email";
            case "text", "text message" -> "sms";
            default -> v.isEmpty() ? "phone" : v.replace(' ', '-');
        };
    }

    private static boolean isOutbound(String direction) {
        if (direction == null) {
            return false;
        }
        String d = direction.toLowerCase(Locale.ROOT);
        return d.startsWith("out") || d.equals("agent") || d.equals("o") || d.equals("brand");
    }

    static List<String> tags(String cell) {
        if (cell == null) {
            return List.of();
        }
        List<String> tags = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= cell.length(); i++) {
            if (i == cell.length() || cell.charAt(i) == ',' || cell.charAt(i) == ';' || cell.charAt(i) == '|') {
                String tag = cell.substring(start, i).strip();
                if (!tag.isEmpty()) {
                    tags.add(tag.toLowerCase(Locale.ROOT));
                }
                start = i + 1;
            }
        }
        return tags;
    }

    private static String value(CSVRecord record, int column) {
        if (column < 0 || column >= record.size()) {
            return null;
        }
        String v = record.get(column);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private String hash(CSVRecord record) {
        sha.reset();
        for (String value : record) {
            sha.update(value.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
        }
        return HexFormat.of().formatHex(sha.digest(), 0, 16);
    }

    /** The record written back as one CSV line, quoting where needed. */
    String raw(CSVRecord record) {
        StringBuilder b = new StringBuilder(128);
        for (int i = 0; i < record.size(); i++) {
            if (i > 0) {
                b.append(delimiter);
            }
            String v = record.get(i);
            if (v.indexOf(delimiter) >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
                b.append('"').append(v.replace("\"", "\"\"")).append('"');
            } else {
                b.append(v);
            }
        }
        return b.toString();
    }
}

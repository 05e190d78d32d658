/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.connector.csv;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How the columns of a call-centre or contact-centre log map onto a message, and how to read the
 * file: saved under a name ({@code <workspace>/.parley/csv-profiles/<name>.json}) and reused for
 * every export of the same system.
 *
 * @param name
 *            the profile's name
 * @param columns
 *            message field ({@link #FIELDS}) to column header; fields not given are found by
 *            auto-mapping common header names
 * @param dateFormats
 *            {@link java.time.format.DateTimeFormatter} patterns tried in order; empty for the
 *            built-in list (ISO 8601, {@code yyyy-MM-dd HH:mm:ss}, {@code dd/MM/yyyy HH:mm}, ...)
 * @param zone
 *            the zone of times written without an offset ({@code Europe/Berlin}); null for UTC
 * @param encoding
 *            a charset name, or {@code auto} (BOM, UTF-8 validity, else windows-1252)
 * @param delimiter
 *            {@code ,} {@code ;} {@code \t} {@code |}, or {@code auto}
 * @param channel
 *            the channel of rows without a channel column ({@code phone}, {@code chat})
 * @param countryCode
 *            the country calling code added to phone numbers written without one ({@code 1},
 *            {@code 49}), or null to leave them national
 */
public record CsvProfile(String name, Map<String, String> columns, List<String> dateFormats, String zone,
        String encoding, String delimiter, String channel, String countryCode) {

    /** The message fields a column can map to. */
    public static final Set<String> FIELDS = Set.of("id", "time", "author", "phone", "email", "text", "channel",
            "thread", "tags", "subject", "direction");

    public CsvProfile {
        name = name == null || name.isBlank() ? "default" : name.strip();
        columns = columns == null ? Map.of() : Map.copyOf(new LinkedHashMap<>(columns));
        for (String field : columns.keySet()) {
            if (!FIELDS.contains(field)) {
                throw new IllegalArgumentException("Unknown field '" + field + "' in CSV profile '" + name
                        + "'; fields are " + String.join(", ", FIELDS.stream().sorted().toList()));
            }
        }
        dateFormats = dateFormats == null ? List.of() : List.copyOf(dateFormats);
        encoding = encoding == null || encoding.isBlank() ? "auto" : encoding.strip();
        delimiter = delimiter == null || delimiter.isEmpty() ? "auto" : delimiter;
        channel = channel == null || channel.isBlank() ? "phone" : channel.strip();
        countryCode = countryCode == null || countryCode.isBlank() ? null : countryCode.strip();
    }

    /** A profile that auto-detects everything and maps columns by their header names. */
    public static CsvProfile auto() {
        return new CsvProfile("auto", Map.of(), List.of(), null, "auto", "auto", "phone", null);
    }
}

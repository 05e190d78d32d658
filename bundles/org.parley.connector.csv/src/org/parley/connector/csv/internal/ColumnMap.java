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

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which column index holds which message field: the profile's explicit mapping first, then common
 * header names ({@code Call ID}, {@code Start Time}, {@code Caller}, {@code Notes}, ...), compared
 * without case, spaces or punctuation.
 */
final class ColumnMap {

    private static final Map<String, String> COMMON = new HashMap<>();

    static {
        names("id", "id", "callid", "ticketid", "caseid", "recordid", "interactionid", "messageid", "contactid",
                "eventid", "key");
        names("time", "time", "timestamp", "datetime", "date", "start", "starttime", "startedat", "createdat",
                "created", "calldate", "calltime", "occurredat", "received", "receivedat");
        names("author", "author", "customer", "customername", "name", "caller", "callername", "from",
                "contactname", "fullname", "user", "username");
        names("phone", "phone", "phonenumber", "telephone", "tel", "mobile", "callerid", "ani", "number",
                "callernumber", "msisdn");
        names("email", "email", "emailaddress", "mail", "customeremail");
        names("text", "text", "message", "notes", "note", "comment", "comments", "body", "transcript",
                "description", "summary", "utterance", "instruction", "content");
        names("channel", "channel", "medium", "media", "mediatype", "source");
        names("thread", "thread", "threadid", "conversation", "conversationid", "case", "ticket", "parentid");
        names("tags", "tags", "tag", "category", "intent", "topic", "disposition", "reason", "queue");
        names("subject", "subject", "title");
        names("direction", "direction", "inout", "inbound");
    }

    private final Map<String, Integer> index = new HashMap<>();

    private static void names(String field, String... headers) {
        for (String header : headers) {
            COMMON.putIfAbsent(header, field);
        }
    }

    ColumnMap(List<String> headers, Map<String, String> explicit) {
        Map<String, Integer> byName = new HashMap<>();
        for (int i = 0; i < headers.size(); i++) {
            byName.putIfAbsent(normal(headers.get(i)), i);
        }
        for (Map.Entry<String, String> entry : explicit.entrySet()) {
            Integer i = byName.get(normal(entry.getValue()));
            if (i == null) {
                throw new IllegalArgumentException("The profile maps " + entry.getKey() + " to column '"
                        + entry.getValue() + "', which the file does not have (columns: " + headers + ")");
            }
            index.put(entry.getKey(), i);
        }
        for (int i = 0; i < headers.size(); i++) {
            String field = COMMON.get(normal(headers.get(i)));
            if (field != null && !index.containsKey(field) && !index.containsValue(i)) {
                index.put(field, i);
            }
        }
    }

    static String normal(String header) {
        StringBuilder b = new StringBuilder(header.length());
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    /** The column of a field, or -1 when no column holds it. */
    int of(String field) {
        return index.getOrDefault(field, -1);
    }

    /** The highest column index used, to tell a short row. */
    int highest() {
        return index.values().stream().mapToInt(Integer::intValue).max().orElse(-1);
    }

    Map<String, Integer> asMap() {
        return Map.copyOf(index);
    }
}

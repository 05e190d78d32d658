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

/**
 * Text from HTML for messages that have no plain-text part: scripts and styles dropped, block ends
 * made line breaks, tags removed, the common entities decoded.
 */
final class HtmlText {

    private HtmlText() {
    }

    static String toText(String html) {
        StringBuilder out = new StringBuilder(html.length());
        int i = 0;
        int n = html.length();
        while (i < n) {
            char c = html.charAt(i);
            if (c == '<') {
                int end = html.indexOf('>', i);
                if (end < 0) {
                    break;
                }
                String tag = tagName(html, i + 1, end);
                if (tag.equals("script") || tag.equals("style")) {
                    int close = html.toLowerCase(java.util.Locale.ROOT).indexOf("</" + tag, end);
                    end = close < 0 ? n - 1 : Math.max(html.indexOf('>', close), close);
                } else if (tag.equals("br") || tag.equals("/p") || tag.equals("/div") || tag.equals("/li")
                        || tag.equals("/tr") || tag.equals("p") || tag.startsWith("/h")) {
                    out.append('\n');
                }
                i = end + 1;
            } else if (c == '&') {
                i = entity(html, i, out);
            } else {
                out.append(c);
                i++;
            }
        }
        return collapse(out);
    }

    private static String tagName(String html, int from, int end) {
        int i = from;
        while (i < end && (Character.isLetterOrDigit(html.charAt(i)) || html.charAt(i) == '/')) {
            i++;
        }
        return html.substring(from, i).toLowerCase(java.util.Locale.ROOT);
    }

    private static int entity(String html, int at, StringBuilder out) {
        int semi = html.indexOf(';', at);
        if (semi < 0 || semi - at > 10) {
            out.append('&');
            return at + 1;
        }
        String name = html.substring(at + 1, semi);
        String value = switch (name) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "nbsp" -> " ";
            default -> numeric(name);
        };
        if (value == null) {
            out.append('&');
            return at + 1;
        }
        out.append(value);
        return semi + 1;
    }

    private static String numeric(String name) {
        try {
            if (name.startsWith("#x") || name.startsWith("#X")) {
                return Character.toString(Integer.parseInt(name.substring(2), 16));
            }
            if (name.startsWith("#")) {
                return Character.toString(Integer.parseInt(name.substring(1)));
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        return null;
    }

    /** Trims lines and allows at most one blank line in a row. */
    private static String collapse(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        int blank = 0;
        for (String line : text.toString().split("\n", -1)) {
            String l = line.strip();
            if (l.isEmpty()) {
                blank++;
                if (blank > 1 || out.isEmpty()) {
                    continue;
                }
            } else {
                blank = 0;
            }
            out.append(l).append('\n');
        }
        return out.toString().strip();
    }
}

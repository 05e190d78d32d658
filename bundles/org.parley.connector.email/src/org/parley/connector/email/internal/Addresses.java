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

import java.util.Locale;

/**
 * Email addresses in the forms real archives hold them: {@code "Name" <a@b>}, {@code a@b (Name)},
 * and the list-archive obfuscation {@code jjl at pobox.com}. Handles are the address in lower case.
 */
final class Addresses {

    private Addresses() {
    }

    /** An address and the name shown with it (null when none). */
    record Parsed(String address, String name) {
    }

    /** Parses a decoded From value; null when it holds no address. */
    static Parsed parse(String from) {
        if (from == null || from.isBlank()) {
            return null;
        }
        String s = from.strip();
        String name = null;
        String address;
        int lt = s.lastIndexOf('<');
        int gt = s.lastIndexOf('>');
        if (lt >= 0 && gt > lt) {
            address = s.substring(lt + 1, gt);
            name = unquote(s.substring(0, lt));
        } else {
            int paren = s.indexOf('(');
            int close = s.lastIndexOf(')');
            if (paren >= 0 && close > paren) {
                name = unquote(s.substring(paren + 1, close));
                address = s.substring(0, paren);
            } else {
                address = s;
            }
        }
        address = normalise(address);
        if (address == null) {
            return null;
        }
        return new Parsed(address, name == null || name.isBlank() ? null : name);
    }

    /**
     * {@code " JJL at PoBox.com "} becomes {@code jjl@pobox.com}; null when there is no address (no
     * {@code @}, like the {@code nobody} of a bounce's From_ line).
     */
    static String normalise(String address) {
        if (address == null) {
            return null;
        }
        String a = address.strip();
        int at = a.indexOf(" at ");
        if (a.indexOf('@') < 0 && at > 0) {
            a = a.substring(0, at).strip() + "@" + a.substring(at + 4).strip();
        }
        a = a.replace(" ", "");
        if (a.startsWith("mailto:")) {
            a = a.substring("mailto:".length());
        }
        return a.indexOf('@') <= 0 ? null : a.toLowerCase(Locale.ROOT);
    }

    private static String unquote(String name) {
        String n = name.strip();
        if (n.length() >= 2 && n.startsWith("\"") && n.endsWith("\"")) {
            n = n.substring(1, n.length() - 1).replace("\\\"", "\"");
        }
        return n.strip();
    }
}

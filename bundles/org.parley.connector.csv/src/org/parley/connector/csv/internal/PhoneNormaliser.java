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

/**
 * A simple phone-number normaliser (libphonenumber was left out: one more large bundle for what a
 * call-centre export needs, which is a stable handle per caller). Keeps the digits; {@code +} or
 * {@code 00} starts an international number; a national number (a leading trunk {@code 0}, or no
 * prefix) gets the profile's country calling code. {@code (310) 246-1501}, {@code 310/246-1501} and
 * {@code +1 310 246 1501} all become {@code +13102461501} with country code 1.
 */
final class PhoneNormaliser {

    private static final int MIN_DIGITS = 5;
    private static final int NATIONAL_MAX = 10;

    private final String countryCode;

    PhoneNormaliser(String countryCode) {
        this.countryCode = countryCode;
    }

    /** The normalised number, or null when the text holds too few digits to be one. */
    String normalise(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder digits = new StringBuilder(text.length());
        boolean plus = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (c == '+' && digits.isEmpty()) {
                plus = true;
            } else if (Character.isLetter(c) && !digits.isEmpty()) {
                break; // an extension ("x12", "ext. 12") ends the number
            }
        }
        if (digits.length() < MIN_DIGITS) {
            return null;
        }
        String d = digits.toString();
        if (plus) {
            return "+" + d;
        }
        if (d.startsWith("00")) {
            return "+" + d.substring(2);
        }
        if (countryCode == null) {
            return d;
        }
        if (d.startsWith("0")) {
            return "+" + countryCode + d.substring(1);
        }
        if (d.startsWith(countryCode) && d.length() > NATIONAL_MAX) {
            return "+" + d;
        }
        return "+" + countryCode + d;
    }
}

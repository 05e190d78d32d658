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

/**
 * A closed range of numbers; a missing bound is open.
 *
 * @param min
 *            the smallest value that matches, or {@code null}
 * @param max
 *            the largest value that matches, or {@code null}
 */
public record Range(Double min, Double max) {

    public Range {
        if (min != null && max != null && min > max) {
            throw new IllegalArgumentException("range minimum " + min + " is above its maximum " + max);
        }
    }

    public boolean contains(double value) {
        return (min == null || value >= min) && (max == null || value <= max);
    }

    @Override
    public String toString() {
        return (min == null ? "" : fmt(min)) + ".." + (max == null ? "" : fmt(max));
    }

    private static String fmt(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}

/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.ui.board;

/**
 * A rectangle in model coordinates.
 */
public record Rect(double x, double y, double width, double height) {

    public double right() {
        return x + width;
    }

    public double bottom() {
        return y + height;
    }

    public boolean contains(double px, double py) {
        return px >= x && py >= y && px < x + width && py < y + height;
    }

    public boolean intersects(Rect other) {
        return other.x < right() && other.right() > x && other.y < bottom() && other.bottom() > y;
    }

    public Rect inset(double d) {
        return new Rect(x + d, y + d, Math.max(0, width - 2 * d), Math.max(0, height - 2 * d));
    }
}

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
 * Colours of a board, chosen to print well and to read on a projector: calm stage colours, white
 * cards with the lane's accent, red for pain points and green for opportunities.
 */
public record BoardTheme(int background, int grid, int text, int mutedText, int headerText, int card,
        int cardBorder, int pain, int opportunity, int info, int selection, int curve, int[] stages) {

    public static BoardTheme standard() {
        return new BoardTheme(0xF6F7F9, 0xDDE1E7, 0x1F2933, 0x5F6B7A, 0xFFFFFF, 0xFFFFFF, 0xD3D9E1, 0xD64545,
                0x2E9E6B, 0x2F6FB5, 0x2F7DE1, 0x30466E,
                new int[]{0x3B5B92, 0x2E8686, 0x7358A0, 0xB8693A, 0x4C8A3D, 0xA8476B});
    }

    public int stage(int index) {
        return stages[Math.floorMod(index, stages.length)];
    }

    /** {@code a} moved toward {@code b} by {@code t} (0..1), per channel. */
    public static int mix(int a, int b, double t) {
        int r = (int) Math.round(((a >> 16) & 0xFF) * (1 - t) + ((b >> 16) & 0xFF) * t);
        int g = (int) Math.round(((a >> 8) & 0xFF) * (1 - t) + ((b >> 8) & 0xFF) * t);
        int bl = (int) Math.round((a & 0xFF) * (1 - t) + (b & 0xFF) * t);
        return (r << 16) | (g << 8) | bl;
    }

    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    @Override
    public String toString() {
        return "BoardTheme";
    }
}

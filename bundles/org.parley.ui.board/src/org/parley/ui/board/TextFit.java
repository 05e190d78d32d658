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

import java.util.ArrayList;
import java.util.List;

/**
 * Wraps text at word boundaries to a width with the backend's own metrics, cutting the last line
 * with an ellipsis when the text does not fit.
 */
public final class TextFit {

    public static final String ELLIPSIS = "\u2026";

    private TextFit() {
    }

    /**
     * At most {@code maxLines} lines of {@code text} that fit {@code width}; the last may end in an
     * ellipsis.
     */
    public static List<String> wrap(BoardGraphics g, String text, double width, int maxLines) {
        List<String> lines = new ArrayList<>();
        String[] words = text.trim().split("\\s+");
        StringBuilder line = new StringBuilder();
        int i = 0;
        while (i < words.length && lines.size() < maxLines) {
            String candidate = line.isEmpty() ? words[i] : line + " " + words[i];
            if (g.textWidth(candidate) <= width) {
                line.setLength(0);
                line.append(candidate);
                i++;
            } else if (line.isEmpty()) {
                int cut = fitting(g, words[i], width);
                lines.add(words[i].substring(0, cut));
                words[i] = words[i].substring(cut);
            } else {
                lines.add(line.toString());
                line.setLength(0);
            }
        }
        if (!line.isEmpty() && lines.size() < maxLines) {
            lines.add(line.toString());
        }
        if (i < words.length && !lines.isEmpty()) {
            int last = lines.size() - 1;
            lines.set(last, ellipsize(g, lines.get(last) + " " + words[i], width, true));
        }
        return lines;
    }

    /** {@code text} itself if it fits, else its longest prefix that fits followed by an ellipsis. */
    public static String ellipsize(BoardGraphics g, String text, double width) {
        return ellipsize(g, text, width, false);
    }

    private static String ellipsize(BoardGraphics g, String text, double width, boolean force) {
        if (!force && g.textWidth(text) <= width) {
            return text;
        }
        int cut = fitting(g, text, width - g.textWidth(ELLIPSIS));
        return text.substring(0, cut).stripTrailing() + ELLIPSIS;
    }

    private static int fitting(BoardGraphics g, String text, double width) {
        int low = 1;
        int high = text.length();
        while (low < high) {
            int mid = (low + high + 1) / 2;
            if (g.textWidth(text.substring(0, mid)) <= width) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return Math.max(1, Math.min(low, text.length()));
    }
}

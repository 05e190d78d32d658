/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.analytics.internal;

import java.util.List;

/** Replaces emoji by their descriptions, so "😠" reads as "angry face" and scores as such. */
final class EmojiText {

    private EmojiText() {
    }

    static String spellOut(String text, Lexicon lexicon, List<SentimentRules.Evidence> evidence) {
        StringBuilder out = null;
        int[] length = new int[1];
        int copied = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x2000) {
                continue;
            }
            String description = lexicon.emojiAt(text, i, length);
            if (description == null) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length() + 32);
            }
            out.append(text, copied, i).append(' ').append(description).append(' ');
            if (evidence != null) {
                evidence.add(new SentimentRules.Evidence("emoji:" + text.substring(i, i + length[0]), 0,
                        text.substring(i, i + length[0]) + " read as '" + description + "'"));
            }
            i += length[0] - 1;
            copied = i + 1;
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }
}

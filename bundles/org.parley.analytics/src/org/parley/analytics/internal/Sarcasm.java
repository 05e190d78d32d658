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

import java.util.Set;

/**
 * Sarcastic thanks: "thanks for nothing" always, and "thanks a lot", "thanks a bunch", "thanks
 * again", "thank you so much" when the rest of the message is negative ("thanks a lot, lost my
 * order again"). The lexicon scores "thanks" +1.9; in these the writer means the opposite, so its
 * valence is turned negative, and the note says so.
 */
final class Sarcasm {

    static final Set<String> THANKS = Set.of("thanks", "thank", "thx", "thanx", "thnx", "ty", "tysm", "thankyou");
    private static final Set<String> IRONIC_TAILS = Set.of("lot", "bunch", "million", "again", "loads", "heaps");

    private Sarcasm() {
    }

    /** Turns the valence of sarcastic thanks negative in place, with a note. */
    static void apply(String[] lower, double[] valence, String[] notes) {
        for (int i = 0; i < lower.length; i++) {
            if (!THANKS.contains(lower[i]) || valence[i] <= 0) {
                continue;
            }
            if (forNothing(lower, i)) {
                valence[i] = -Math.abs(valence[i]);
                notes[i] = notes[i] + ", sarcastic ('for nothing')";
            } else if (ironicTail(lower, i) && restIsNegative(lower, valence, i)) {
                valence[i] = -Math.abs(valence[i]) * 0.5;
                notes[i] = notes[i] + ", sarcastic (thanks followed by a grievance)";
            }
        }
    }

    /** "thanks for nothing", "thank you for nothing", "thanks again for nothing". */
    static boolean forNothing(String[] lower, int i) {
        for (int k = i + 1; k + 1 < lower.length && k <= i + 3; k++) {
            if ("for".equals(lower[k]) && "nothing".equals(lower[k + 1])) {
                return true;
            }
        }
        return false;
    }

    private static boolean ironicTail(String[] lower, int i) {
        for (int k = i + 1; k < lower.length && k <= i + 3; k++) {
            if (IRONIC_TAILS.contains(lower[k]) || "so".equals(lower[k]) && k + 1 < lower.length
                    && "much".equals(lower[k + 1])) {
                return true;
            }
        }
        return false;
    }

    private static boolean restIsNegative(String[] lower, double[] valence, int thanks) {
        double rest = 0;
        for (int k = 0; k < valence.length; k++) {
            if (k != thanks && !THANKS.contains(lower[k])) {
                rest += valence[k];
            }
        }
        return rest <= -1;
    }
}

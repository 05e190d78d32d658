/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.ui.board.tests;

import java.util.List;

import org.parley.ui.board.Board;
import org.parley.ui.board.Card;
import org.parley.ui.board.Marker;
import org.parley.ui.board.RowKind;

/** Boards to test with: a small complaint journey and a large generated one. */
final class Boards {

    private Boards() {
    }

    static Board complaint() {
        return Board.builder("Complaint on X")
                .group("aware", "Notice a problem").column("s1", "Parcel arrives damaged")
                .column("s2", "Searches for help")
                .group("engage", "Complain in public").column("s3", "Tweets @brand with a photo")
                .group("resolve", "Resolution").column("s4", "DM follow-up & refund <fast>")
                .row("actions", "Customer actions", RowKind.CARDS, 0x3B5B92)
                .row("touch", "Touchpoints", RowKind.CARDS, 0x2E8686)
                .row("emotion", "Emotion", RowKind.CURVE, 0x7358A0)
                .card("actions", "s1", Card.of("Opens the box and finds the vase broken into three pieces"))
                .card("touch", "s3", new Card("tp1", "X mentions", Marker.NONE, List.of("42 msgs", "-0.8")))
                .card("touch", "s3", new Card("pp1", "No answer for 9 hours", Marker.PAIN, List.of()))
                .card("touch", "s4", new Card("op1", "Reply within 1 hour", Marker.OPPORTUNITY, List.of()))
                .value("emotion", "s1", -1).value("emotion", "s2", -1.5).value("emotion", "s3", -2)
                .value("emotion", "s4", 1.5)
                .build();
    }

    static Board large(int steps, int lanes) {
        Board.Builder builder = Board.builder("Large journey");
        for (int s = 0; s < steps; s++) {
            if (s % 25 == 0) {
                builder.group("g" + s / 25, "Stage " + (s / 25 + 1));
            }
            builder.column("s" + s, "Step " + (s + 1) + " of the journey");
        }
        for (int l = 0; l < lanes; l++) {
            builder.row("l" + l, "Lane " + l, l == 3 ? RowKind.CURVE : RowKind.CARDS, 0x2E8686);
        }
        for (int s = 0; s < steps; s++) {
            for (int l = 0; l < lanes; l++) {
                if (l == 3) {
                    builder.value("l3", "s" + s, (s % 5) - 2);
                } else {
                    builder.card("l" + l, "s" + s, Card.of("Card " + l + "/" + s + " with a few words of text"));
                }
            }
        }
        return builder.build();
    }
}

/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.model.journey;

import java.util.Locale;

/**
 * What a lane of a journey map holds. Every kind but {@link #CUSTOM} appears at most once per
 * journey; {@link #EMOTION}, {@link #INTERACTION_TYPE} and {@link #OWNING_FUNCTION} show a value of
 * the step itself, the others hold cards.
 */
public enum LaneKind {
    CUSTOMER_ACTIONS("Customer actions"),
    TOUCHPOINTS("Touchpoints"),
    THOUGHTS("Thoughts"),
    EMOTION("Emotion"),
    PAIN_POINTS("Pain points"),
    OPPORTUNITIES("Opportunities"),
    INTERACTION_TYPE("Interaction type"),
    OWNING_FUNCTION("Owner"),
    BACKSTAGE("Backstage process"),
    SYSTEMS_DATA("Systems and data"),
    CUSTOM("Notes");

    private final String title;

    LaneKind(String title) {
        this.title = title;
    }

    /** The title a new lane of this kind gets. */
    public String defaultTitle() {
        return title;
    }

    /** Whether the lane holds cards (rather than showing a value of each step). */
    public boolean holdsCards() {
        return this != EMOTION && this != INTERACTION_TYPE && this != OWNING_FUNCTION;
    }

    /**
     * The id of the built-in lane of this kind, such as {@code pain-points}; custom lanes get fresh
     * ids.
     */
    public String defaultLaneId() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}

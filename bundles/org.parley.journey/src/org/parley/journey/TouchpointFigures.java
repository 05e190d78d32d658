/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.journey;

import java.util.List;
import java.util.Map;

import org.parley.store.Store;
import org.parley.model.journey.Card;
import org.parley.model.journey.JourneyMap;

/**
 * Live operational figures of journey touchpoints, computed in SQL from the stored interactions
 * that match a touchpoint: its channel is one of the touchpoint's channels and, when the touchpoint
 * names tags, the interaction carries at least one of them. A touchpoint without channels and tags
 * matches nothing.
 */
public interface TouchpointFigures {

    /** The figures of every touchpoint of a journey, by touchpoint id. */
    Map<String, TouchpointFigure> figures(Store store, JourneyMap map, Period period);

    /** The figures of one touchpoint. */
    TouchpointFigure figure(Store store, Card touchpoint, Period period);

    /**
     * The ids of the interactions a touchpoint counts in the period, newest first (what a click on its
     * badge lists).
     *
     * @param limit
     *            at most this many
     */
    List<Long> interactionIds(Store store, Card touchpoint, Period period, int limit);

    /**
     * Where average sentiment comes from in this workspace (a table and column), or null when the
     * workspace has no sentiment yet.
     */
    String sentimentSource(Store store);
}

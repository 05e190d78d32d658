/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.demo;

import java.time.Instant;

import org.parley.store.Store;

/**
 * Fills a workspace with a realistic demo: customers of a broadband provider talking to it on
 * e-mail, X, Facebook, its forum and the phone over the last 30 days, two personas, two journeys
 * and a planning canvas. Seeding happens once per workspace.
 */
public interface DemoWorkspace {

    /** The key under which a store remembers that it was seeded. */
    String SEEDED_KEY = "demo.seeded";

    /** How many interactions {@link #seed(Store, Instant)} adds. */
    int DEFAULT_INTERACTIONS = 320;

    /**
     * Seeds the store unless it was seeded before, then tells every
     * {@link org.parley.store.InteractionsAdded} service (analytics classifies the messages, so the
     * journeys' touchpoints count their topics at once).
     *
     * @param store
     *            the store to fill, in one transaction
     * @param now
     *            the end of the 30 days the interactions are spread over
     * @return what was added; {@link DemoSummary#seeded()} is false when the store had been seeded
     */
    DemoSummary seed(Store store, Instant now);

    /**
     * Seeds the store with at least the given number of interactions, for trying Parley at scale.
     *
     * @see #seed(Store, Instant)
     */
    DemoSummary seed(Store store, Instant now, int interactions);
}

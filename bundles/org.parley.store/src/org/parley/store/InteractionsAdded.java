/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.store;

/**
 * A service told that interactions were added to a store in bulk outside the ingest pipeline (the
 * demo seeder), so that what is derived from messages (their classification: type, sentiment,
 * topics, which journey touchpoints count) is made at once rather than when someone next asks.
 * Called on the thread that added them, after they were committed.
 */
public interface InteractionsAdded {

    void added(Store store);
}

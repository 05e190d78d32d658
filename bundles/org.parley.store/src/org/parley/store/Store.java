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

import java.util.Collection;
import java.util.Optional;

/**
 * An open Parley database. The workspace's own store is an OSGi service; {@link StoreFactory} opens
 * others (a test database, a team server).
 */
public interface Store extends AutoCloseable {

    StoreSettings settings();

    CustomerRepository customers();

    InteractionRepository interactions();

    JourneyRepository journeys();

    CanvasRepository canvases();

    /** Workspace, database, schema version and counts. Opens the database if needed. */
    StoreInfo info();

    /** Stores new entities (and all they cascade to) in one transaction: all or nothing. */
    void saveAll(Collection<?> entities);

    /**
     * Runs plain JDBC in one transaction: committed whole when the work returns, rolled back whole when
     * it throws. Entities cached by the store are dropped afterwards, so reads through the repositories
     * see what the work wrote.
     */
    <T> T jdbc(JdbcWork<T> work);

    /** Runs a read-only JDBC query on the store's database. */
    <T> T query(JdbcWork<T> work);

    /** A workspace-wide setting kept in the database (e.g. whether demo data was seeded). */
    Optional<String> meta(String key);

    void putMeta(String key, String value);

    /** Closes the database; for an embedded Derby database, shuts it down cleanly. */
    @Override
    void close();
}

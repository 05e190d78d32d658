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

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Plain JDBC work on the store's database, for the few places where entities cost too much: batch
 * ingestion, aggregate figures, classification results. Run it with {@link Store#jdbc(JdbcWork)}
 * (one transaction) or {@link Store#query(JdbcWork)} (read only).
 */
@FunctionalInterface
public interface JdbcWork<T> {

    /** Does the work; the connection belongs to the store and must not be closed or committed. */
    T run(Connection connection) throws SQLException;
}

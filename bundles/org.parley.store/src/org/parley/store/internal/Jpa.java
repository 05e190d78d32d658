/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.store.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Function;

import jakarta.persistence.EntityManager;

import org.parley.model.AbstractEntity;
import org.parley.store.JdbcWork;
import org.parley.store.StoreException;

/** Units of work on the database; implemented by the stores, used by the repositories. */
public interface Jpa {

    <T> T read(Function<EntityManager, T> work);

    <T> T write(Function<EntityManager, T> work);

    /**
     * Runs plain JDBC, the store's fast path for tables no entity maps, in one transaction: committed
     * whole when the work returns, rolled back whole when it throws.
     */
    default <T> T transaction(JdbcWork<T> work) {
        return write(em -> {
            try {
                return work.run(em.unwrap(Connection.class));
            } catch (SQLException e) {
                throw new StoreException("Database error: " + e.getMessage(), e);
            }
        });
    }

    /** Counts the stored entities of a type, by its JPA entity name. */
    default long count(String entity) {
        return read(em -> em.createQuery("SELECT COUNT(e) FROM " + entity + " e", Long.class).getSingleResult());
    }

    /** Inserts a new entity or merges a changed one; returns the managed state. */
    default <E extends AbstractEntity> E save(E entity) {
        return write(em -> {
            if (entity.isNew()) {
                em.persist(entity);
                return entity;
            }
            return em.merge(entity);
        });
    }
}

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

import java.util.function.Function;

import jakarta.persistence.EntityManager;

import org.parley.model.AbstractEntity;

/** Units of work on the database; implemented by the stores, used by the repositories. */
public interface Jpa {

    <T> T read(Function<EntityManager, T> work);

    <T> T write(Function<EntityManager, T> work);

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

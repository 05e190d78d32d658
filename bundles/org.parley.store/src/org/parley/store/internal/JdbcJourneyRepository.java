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

import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parley.model.Canvas;
import org.parley.model.journey.JourneyInfo;
import org.parley.model.journey.JourneyMap;
import org.parley.store.JourneyRepository;
import org.parley.store.StoreException;

/**
 * Journeys in the workspace database (as a service) or in any store opened by the factory. A
 * journey is one immutable {@link JourneyMap}; no entity maps its tables, so it is read and written
 * with plain JDBC: a handful of queries per journey, and a save that writes only the rows that
 * changed.
 */
@Component(service = JourneyRepository.class)
public final class JdbcJourneyRepository implements JourneyRepository {

    private final Jpa jpa;

    @Activate
    public JdbcJourneyRepository(@Reference Jpa jpa) {
        this.jpa = jpa;
    }

    @Override
    public long count() {
        return jpa.transaction(connection -> new JourneyReader(connection).count());
    }

    @Override
    public long countPersonas() {
        return jpa.transaction(connection -> new JourneyReader(connection).countPersonas());
    }

    @Override
    public List<JourneyInfo> list() {
        return jpa.transaction(connection -> new JourneyReader(connection).list());
    }

    @Override
    public Optional<JourneyMap> load(long databaseId) {
        return jpa.transaction(connection -> new JourneyReader(connection).load(databaseId));
    }

    @Override
    public Optional<JourneyMap> find(String stableId) {
        return jpa.transaction(connection -> {
            JourneyReader reader = new JourneyReader(connection);
            Optional<Long> row = reader.idOf(stableId);
            return row.isPresent() ? reader.load(row.get()) : Optional.empty();
        });
    }

    @Override
    public JourneyMap save(JourneyMap map) {
        try {
            return jpa.transaction(connection -> {
                long id = new JourneyWriter(connection).save(map);
                return new JourneyReader(connection).load(id).orElseThrow();
            });
        } catch (StoreException e) {
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof IllegalArgumentException rule) {
                    throw new IllegalArgumentException(rule.getMessage(), e);
                }
            }
            throw e;
        }
    }

    @Override
    public boolean delete(long databaseId) {
        boolean deleted = jpa.transaction(connection -> new JourneyWriter(connection).delete(databaseId));
        if (deleted) {
            // a canvas that pointed at the journey no longer does
            jpa.read(em -> {
                em.getEntityManagerFactory().getCache().evict(Canvas.class);
                return null;
            });
        }
        return deleted;
    }
}

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
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import jakarta.persistence.EntityManager;

import org.parley.store.CanvasRepository;
import org.parley.store.CustomerRepository;
import org.parley.store.InteractionRepository;
import org.parley.store.JdbcWork;
import org.parley.store.JourneyRepository;
import org.parley.store.Store;
import org.parley.store.StoreException;
import org.parley.store.StoreInfo;
import org.parley.store.StoreSettings;

/**
 * A store on one database. The database is opened on first use, not on construction, so that
 * services come up at once and the first query, run off the UI thread, pays for opening.
 */
public class JpaStore implements Store, Jpa {

    private final StoreSettings settings;
    private final CustomerRepository customers = new JpaCustomerRepository(this);
    private final InteractionRepository interactions = new JpaInteractionRepository(this);
    private final JourneyRepository journeys = new JdbcJourneyRepository(this);
    private final CanvasRepository canvases = new JpaCanvasRepository(this);
    private Database database;
    private boolean closed;

    public JpaStore(StoreSettings settings) {
        this.settings = settings;
    }

    /** Opens the database now rather than on first use. */
    JpaStore openNow() {
        database();
        return this;
    }

    private synchronized Database database() {
        if (closed) {
            throw new StoreException("The store of " + settings.workspace() + " is closed");
        }
        if (database == null) {
            database = Database.open(settings);
        }
        return database;
    }

    @Override
    public <T> T read(Function<EntityManager, T> work) {
        return database().read(work);
    }

    @Override
    public <T> T write(Function<EntityManager, T> work) {
        return database().write(work);
    }

    @Override
    public StoreSettings settings() {
        return settings;
    }

    @Override
    public CustomerRepository customers() {
        return customers;
    }

    @Override
    public InteractionRepository interactions() {
        return interactions;
    }

    @Override
    public JourneyRepository journeys() {
        return journeys;
    }

    @Override
    public CanvasRepository canvases() {
        return canvases;
    }

    @Override
    public StoreInfo info() {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("customers", customers.count());
        counts.put("identities", customers.countIdentities());
        counts.put("interactions", interactions.count());
        counts.put("conversations", count("Conversation"));
        counts.put("personas", journeys.countPersonas());
        counts.put("journeys", journeys.count());
        counts.put("canvases", canvases.count());
        return new StoreInfo(settings.workspace(), settings.displayUrl(), database().schemaVersion(), counts);
    }

    @Override
    public void saveAll(Collection<?> entities) {
        write(em -> {
            entities.forEach(em::persist);
            return null;
        });
    }

    @Override
    public <T> T jdbc(JdbcWork<T> work) {
        try {
            return write(em -> onConnection(em, work));
        } finally {
            read(em -> {
                em.getEntityManagerFactory().getCache().evictAll();
                return null;
            });
        }
    }

    @Override
    public <T> T query(JdbcWork<T> work) {
        return write(em -> onConnection(em, work));
    }

    private static <T> T onConnection(EntityManager em, JdbcWork<T> work) {
        try {
            return work.run(em.unwrap(Connection.class));
        } catch (SQLException e) {
            throw new StoreException("Database error: " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<String> meta(String key) {
        return read(em -> em.createNativeQuery("SELECT META_VALUE FROM PARLEY_META WHERE META_KEY = ?")
                .setParameter(1, key).getResultList().stream().findFirst().map(String::valueOf));
    }

    @Override
    public void putMeta(String key, String value) {
        write(em -> {
            em.createNativeQuery("DELETE FROM PARLEY_META WHERE META_KEY = ?").setParameter(1, key).executeUpdate();
            return em.createNativeQuery("INSERT INTO PARLEY_META (META_KEY, META_VALUE) VALUES (?, ?)")
                    .setParameter(1, key).setParameter(2, value).executeUpdate();
        });
    }

    @Override
    public synchronized void close() {
        if (database != null) {
            database.close();
            database = null;
        }
        closed = true;
    }
}

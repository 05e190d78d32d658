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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Logger;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;

import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.eclipse.persistence.jpa.PersistenceProvider;
import org.parley.store.StoreException;
import org.parley.store.StoreSettings;

/**
 * An open, migrated database and its EclipseLink persistence unit. Every unit of work runs in its
 * own entity manager and transaction.
 */
final class Database {

    private static final Logger LOG = Logger.getLogger(Database.class.getName());

    private static final String DERBY_LOG = "derby.stream.error.file";

    private final StoreSettings settings;
    private final EntityManagerFactory emf;
    private final int schemaVersion;

    private Database(StoreSettings settings, EntityManagerFactory emf, int schemaVersion) {
        this.settings = settings;
        this.emf = emf;
        this.schemaVersion = schemaVersion;
    }

    /** Opens (creating if needed) and migrates the database, then starts the persistence unit. */
    static Database open(StoreSettings settings) {
        if (settings.isEmbeddedDerby() && System.getProperty(DERBY_LOG) == null) {
            // Derby writes derby.log into the current directory unless told otherwise
            Path folder = settings.workspace().resolve(".parley");
            try {
                Files.createDirectories(folder);
            } catch (IOException e) {
                throw new StoreException("Cannot create " + folder + ": " + e.getMessage(), e);
            }
            System.setProperty(DERBY_LOG, folder.resolve("derby.log").toString());
        }
        int version;
        try (Connection connection = Connections.open(settings)) {
            Migrator migrator = new Migrator(Dialect.of(settings.url()));
            int before = migrator.migrate(connection);
            version = Migrator.version(connection);
            if (before != version) {
                LOG.info("Migrated " + settings.displayUrl() + " from schema " + before + " to " + version);
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot open the database " + settings.displayUrl() + ": " + e.getMessage(), e);
        }
        return new Database(settings, createFactory(settings), version);
    }

    private static EntityManagerFactory createFactory(StoreSettings settings) {
        ClassLoader loader = Database.class.getClassLoader();
        Map<String, Object> properties = new HashMap<>();
        properties.put(PersistenceUnitProperties.CLASSLOADER, loader);
        properties.put(PersistenceUnitProperties.JDBC_DRIVER, Dialect.of(settings.url()).driverClass());
        properties.put(PersistenceUnitProperties.JDBC_URL, settings.url());
        if (settings.user() != null) {
            properties.put(PersistenceUnitProperties.JDBC_USER, settings.user());
        }
        if (settings.password() != null) {
            properties.put(PersistenceUnitProperties.JDBC_PASSWORD, settings.password());
        }
        properties.put(PersistenceUnitProperties.TARGET_DATABASE, Dialect.of(settings.url()).eclipseLinkPlatform());
        properties.put(PersistenceUnitProperties.WEAVING, "false");
        properties.put(PersistenceUnitProperties.DDL_GENERATION, PersistenceUnitProperties.NONE);
        properties.put(PersistenceUnitProperties.BATCH_WRITING, "JDBC");
        properties.put(PersistenceUnitProperties.BATCH_WRITING_SIZE, "200");
        // java.util.logging: warnings to the log, never EclipseLink banners on a CLI's standard output
        properties.put(PersistenceUnitProperties.LOGGING_LOGGER, "JavaLogger");
        properties.put(PersistenceUnitProperties.LOGGING_LEVEL, "WARNING");
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            EntityManagerFactory emf = new PersistenceProvider().createEntityManagerFactory("parley", properties);
            if (emf == null) {
                throw new StoreException("EclipseLink found no persistence unit 'parley'");
            }
            emf.createEntityManager().close(); // connect now, so errors surface here
            return emf;
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    StoreSettings settings() {
        return settings;
    }

    int schemaVersion() {
        return schemaVersion;
    }

    /** Runs a read in its own entity manager. */
    <T> T read(Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        try {
            return work.apply(em);
        } finally {
            em.close();
        }
    }

    /** Runs a change in its own transaction: committed whole, or rolled back whole. */
    <T> T write(Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            T result = work.apply(em);
            tx.commit();
            return result;
        } catch (RuntimeException e) {
            if (tx.isActive()) {
                tx.rollback();
            }
            throw e instanceof StoreException ? e : new StoreException("Could not save: " + e.getMessage(), e);
        } finally {
            em.close();
        }
    }

    void close() {
        if (emf.isOpen()) {
            emf.close();
        }
        Connections.shutdownEmbedded(settings);
    }
}

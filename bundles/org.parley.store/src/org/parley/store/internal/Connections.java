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
import java.sql.Driver;
import java.sql.SQLException;
import java.util.Properties;

import org.parley.store.StoreException;
import org.parley.store.StoreSettings;

/**
 * Plain JDBC connections for migrations and shutdown. Drivers are loaded through this bundle's
 * class loader: DriverManager does not see drivers inside OSGi.
 */
final class Connections {

    private Connections() {
    }

    static Driver driver(StoreSettings settings) {
        String driverClass = Dialect.of(settings.url()).driverClass();
        try {
            return (Driver) Class.forName(driverClass, true, Connections.class.getClassLoader())
                    .getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new StoreException("The JDBC driver " + driverClass + " for " + settings.displayUrl()
                    + " is not installed", e);
        }
    }

    static Connection open(StoreSettings settings) throws SQLException {
        Properties properties = new Properties();
        if (settings.user() != null) {
            properties.setProperty("user", settings.user());
        }
        if (settings.password() != null) {
            properties.setProperty("password", settings.password());
        }
        Connection connection = driver(settings).connect(settings.url(), properties);
        if (connection == null) {
            throw new SQLException("The driver does not accept " + settings.displayUrl());
        }
        return connection;
    }

    /** Shuts an embedded Derby database down so the next start needs no recovery. */
    static void shutdownEmbedded(StoreSettings settings) {
        if (!settings.isEmbeddedDerby()) {
            return;
        }
        try {
            driver(settings).connect("jdbc:derby:" + databasePath(settings) + ";shutdown=true", new Properties());
        } catch (SQLException expected) {
            // Derby reports a clean database shutdown as SQLState 08006, and a database that another store
            // of this process has shut down already as XJ004 (not booted)
            if (!"08006".equals(expected.getSQLState()) && !"XJ004".equals(expected.getSQLState())) {
                throw new StoreException("Derby did not shut down cleanly: " + expected.getMessage(), expected);
            }
        }
    }

    private static String databasePath(StoreSettings settings) {
        String path = settings.url().substring("jdbc:derby:".length());
        int options = path.indexOf(';');
        return options < 0 ? path : path.substring(0, options);
    }
}

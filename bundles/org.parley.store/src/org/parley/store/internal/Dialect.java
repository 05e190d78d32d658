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

import java.util.Map;

import org.eclipse.persistence.config.TargetDatabase;
import org.parley.store.StoreException;

/**
 * What differs between the databases Parley runs on: column types, driver, EclipseLink platform.
 */
enum Dialect {

    DERBY("org.apache.derby.jdbc.EmbeddedDriver", TargetDatabase.Derby,
            Map.of("CLOB", "CLOB", "BLOB", "BLOB", "TIMESTAMP", "TIMESTAMP")),
    DERBY_NETWORK(
            "org.apache.derby.client.ClientAutoloadedDriver", TargetDatabase.Derby,
            Map.of("CLOB", "CLOB", "BLOB", "BLOB", "TIMESTAMP", "TIMESTAMP")),
    POSTGRESQL(
            "org.postgresql.Driver", TargetDatabase.PostgreSQL,
            Map.of("CLOB", "TEXT", "BLOB", "BYTEA", "TIMESTAMP", "TIMESTAMP"));

    private final String driverClass;
    private final String platform;
    private final Map<String, String> types;

    Dialect(String driverClass, String platform, Map<String, String> types) {
        this.driverClass = driverClass;
        this.platform = platform;
        this.types = types;
    }

    static Dialect of(String url) {
        if (url.startsWith("jdbc:derby://")) {
            return DERBY_NETWORK;
        }
        if (url.startsWith("jdbc:derby:")) {
            return DERBY;
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw new StoreException("Unsupported database URL " + url
                + ": Parley runs on embedded Derby (jdbc:derby:), a Derby network server (jdbc:derby://) "
                + "or PostgreSQL (jdbc:postgresql:)");
    }

    String driverClass() {
        return driverClass;
    }

    String eclipseLinkPlatform() {
        return platform;
    }

    /** Replaces ${CLOB}, ${BLOB} and ${TIMESTAMP} in a migration script. */
    String expand(String sql) {
        String result = sql;
        for (Map.Entry<String, String> type : types.entrySet()) {
            result = result.replace("${" + type.getKey() + "}", type.getValue());
        }
        return result;
    }
}

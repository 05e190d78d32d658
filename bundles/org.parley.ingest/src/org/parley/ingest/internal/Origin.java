/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.ingest.internal;

/**
 * Where a run reads from: the source (0 for a file imported without one), the connector, and the
 * scope its checkpoint and quarantined records are kept under (a file, or the source's pull or
 * push).
 *
 * @param sourceId
 *            the source, or 0
 * @param connectorId
 *            the connector
 * @param scope
 *            {@code file:/path}, {@code pull} or {@code push}
 * @param origin
 *            what the quarantine shows as the record's origin: the file's path, or pull / push
 */
record Origin(long sourceId, String connectorId, String scope, String origin) {

    static Origin file(long sourceId, String connectorId, java.nio.file.Path file) {
        String path = file.toAbsolutePath().normalize().toString();
        String scope = sourceId == 0 ? connectorId + ":file:" + path : "file:" + path;
        return new Origin(sourceId, connectorId, scope, path);
    }

    static Origin pull(long sourceId, String connectorId) {
        return new Origin(sourceId, connectorId, "pull", "pull");
    }

    static Origin push(long sourceId, String connectorId) {
        return new Origin(sourceId, connectorId, "push", "push");
    }

    /** The checkpoint's key: a hash of the scope, which may be a long path. */
    String scopeKey() {
        return Sql.sha256(scope);
    }
}

/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.ingest;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * The secret settings of sources (tokens, passwords), kept in Eclipse secure storage in the
 * workspace ({@code <workspace>/.parley/secure_storage}), never in the database, preferences or
 * logs. The storage is encrypted with the password in the environment variable
 * {@code PARLEY_SECRETS_PASSWORD}, or else with a key generated once into
 * {@code ~/.parley/secure-storage.key} (readable by the owner only).
 */
public interface SecretStore {

    /**
     * Keeps a secret of a source; overwrites an earlier value. The caller may clear the array after.
     */
    void put(Path workspace, long sourceId, String key, char[] value);

    /** A secret of a source, or empty. */
    Optional<char[]> get(Path workspace, long sourceId, String key);

    /** The keys of the secrets kept for a source (never the values). */
    Set<String> keys(Path workspace, long sourceId);

    /** Forgets one secret of a source. */
    void remove(Path workspace, long sourceId, String key);

    /** Forgets every secret of a source (when the source is removed). */
    void removeAll(Path workspace, long sourceId);
}

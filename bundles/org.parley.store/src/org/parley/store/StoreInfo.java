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

import java.nio.file.Path;
import java.util.Map;

/**
 * What a workspace holds, as reported by {@code parley-cli info} and the status line.
 *
 * @param workspace
 *            the workspace folder
 * @param databaseUrl
 *            the JDBC URL without options
 * @param schemaVersion
 *            the schema version of the database
 * @param counts
 *            number of stored rows per kind (customers, identities, interactions, ...)
 */
public record StoreInfo(Path workspace, String databaseUrl, int schemaVersion, Map<String, Long> counts) {
}

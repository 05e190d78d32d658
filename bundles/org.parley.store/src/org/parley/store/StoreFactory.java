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

/** Opens a Parley database, creating or migrating its schema to the current version. */
public interface StoreFactory {

    /**
     * @throws StoreException
     *             when the database cannot be reached or migrated
     */
    Store open(StoreSettings settings);

    /** The schema version this Parley writes. */
    int currentSchemaVersion();
}

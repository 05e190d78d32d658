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

import org.osgi.service.component.annotations.Component;
import org.parley.store.Store;
import org.parley.store.StoreFactory;
import org.parley.store.StoreSettings;

/** Opens stores on any supported database; the database is created and migrated at once. */
@Component(service = StoreFactory.class)
public final class JpaStoreFactory implements StoreFactory {

    @Override
    public Store open(StoreSettings settings) {
        return new JpaStore(settings).openNow();
    }

    @Override
    public int currentSchemaVersion() {
        return Migrator.CURRENT_VERSION;
    }
}

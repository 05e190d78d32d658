/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.parley.store.Store;
import org.parley.store.StoreFactory;
import org.parley.store.StoreSettings;

/**
 * Real Derby workspaces in a test's temporary folder, opened through the registered store factory.
 */
public final class Workspaces {

    private Workspaces() {
    }

    /** Opens (creating it) the embedded workspace {@code <temp>/workspace}. */
    public static Store open(Path temp) throws IOException {
        return Services.get(StoreFactory.class)
                .open(StoreSettings.embedded(Files.createDirectories(temp.resolve("workspace"))));
    }

    /** The single number a {@code SELECT COUNT(*)} (or any one-value query) answers. */
    public static long count(Store store, String sql) {
        return store.query(c -> {
            try (var statement = c.createStatement(); var rs = statement.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}

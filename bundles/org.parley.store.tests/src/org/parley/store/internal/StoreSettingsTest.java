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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.store.StoreException;
import org.parley.store.StoreSettings;

/**
 * A team points its workspace at a shared database with a settings file; mistakes are explained.
 */
class StoreSettingsTest {

    @TempDir
    Path workspace;

    @Test
    void aWorkspaceWithoutSettingsUsesItsOwnEmbeddedDerby() {
        StoreSettings settings = StoreSettings.forWorkspace(workspace);
        assertTrue(settings.isEmbeddedDerby());
        assertEquals("jdbc:derby:" + workspace.toAbsolutePath().resolve(".parley/derby"), settings.displayUrl());
        assertNull(settings.user());
    }

    @Test
    void aSettingsFilePointsTheWorkspaceAtAPostgresqlServer() throws IOException {
        write("url = jdbc:postgresql://db.example.org/parley\nuser = parley\n");
        StoreSettings settings = StoreSettings.forWorkspace(workspace);
        assertFalse(settings.isEmbeddedDerby());
        assertEquals("jdbc:postgresql://db.example.org/parley", settings.url());
        assertEquals("parley", settings.user());
        assertFalse(new StoreSettings(workspace, settings.url(), "parley", "s3cret").toString().contains("s3cret"),
                "the password never shows in logs");
    }

    @Test
    void aMissingDriverOrAnUnknownDatabaseIsNamedInTheError() throws IOException {
        write("url = jdbc:postgresql://db.example.org/parley\n");
        StoreException missingDriver = assertThrows(StoreException.class,
                () -> new JpaStoreFactory().open(StoreSettings.forWorkspace(workspace)));
        assertTrue(missingDriver.getMessage().contains("org.postgresql.Driver"), missingDriver.getMessage());

        write("url = jdbc:mysql://db.example.org/parley\n");
        StoreException unsupported = assertThrows(StoreException.class,
                () -> new JpaStoreFactory().open(StoreSettings.forWorkspace(workspace)));
        assertTrue(unsupported.getMessage().contains("PostgreSQL"), unsupported.getMessage());
    }

    private void write(String properties) throws IOException {
        Path file = workspace.resolve(StoreSettings.SETTINGS_FILE);
        Files.createDirectories(file.getParent());
        Files.writeString(file, properties);
    }
}

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

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Where a workspace keeps its data. By default an embedded Derby database inside the workspace
 * folder; a file {@value #SETTINGS_FILE} in the workspace can point the same code at a Derby
 * network server or a PostgreSQL database shared by a team:
 *
 * <pre>
 * url = jdbc:postgresql://db.example.org/parley
 * user = parley
 * </pre>
 *
 * The password is never written there: it comes from the {@code PARLEY_DB_PASSWORD} environment
 * variable or, in the workbench, from Eclipse secure storage.
 *
 * @param workspace
 *            the workspace folder
 * @param url
 *            the JDBC URL
 * @param user
 *            the database user, or null
 * @param password
 *            the database password, or null; never printed by {@link #toString()}
 */
public record StoreSettings(Path workspace, String url, String user, String password) {

    /** The settings file, relative to the workspace. */
    public static final String SETTINGS_FILE = ".parley/store.properties";

    /** Folder of the embedded database, relative to the workspace. */
    public static final String EMBEDDED_FOLDER = ".parley/derby";

    /** The embedded Derby database of a workspace. */
    public static StoreSettings embedded(Path workspace) {
        Path db = workspace.toAbsolutePath().normalize().resolve(EMBEDDED_FOLDER);
        return new StoreSettings(workspace.toAbsolutePath().normalize(), "jdbc:derby:" + db + ";create=true", null,
                null);
    }

    /**
     * The settings of a workspace: its settings file if there is one, the embedded database otherwise.
     */
    public static StoreSettings forWorkspace(Path workspace) {
        Path file = workspace.resolve(SETTINGS_FILE);
        if (!Files.isRegularFile(file)) {
            return embedded(workspace);
        }
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        String url = properties.getProperty("url");
        if (url == null || url.isBlank()) {
            return embedded(workspace);
        }
        return new StoreSettings(workspace.toAbsolutePath().normalize(), url.strip(), properties.getProperty("user"),
                System.getenv("PARLEY_DB_PASSWORD"));
    }

    /**
     * The folder of a workspace location, as Equinox gives it (a file: URL, possibly with unescaped
     * spaces).
     */
    public static Path folderOf(URL location) {
        try {
            return Path.of(location.toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Path.of(location.getPath());
        }
    }

    /** @return true for the default, embedded Derby database */
    public boolean isEmbeddedDerby() {
        return url.startsWith("jdbc:derby:") && !url.startsWith("jdbc:derby://");
    }

    /** The URL without its options, fit to show a user. */
    public String displayUrl() {
        int options = url.indexOf(';');
        return options < 0 ? url : url.substring(0, options);
    }

    @Override
    public String toString() {
        return "StoreSettings[workspace=" + workspace + ", url=" + displayUrl() + ", user=" + user + "]";
    }
}

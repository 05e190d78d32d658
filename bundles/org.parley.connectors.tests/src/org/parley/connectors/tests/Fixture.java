/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.connectors.tests;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

import org.osgi.framework.Bundle;

/**
 * The contract fixtures of one connector, in {@code contract/<connector-id>/} of this bundle: a
 * good file, a file with bad records, and {@code expect.properties} with the counts and optional
 * settings.
 */
record Fixture(String connectorId, Properties expect) {

    static final String FOLDER = "contract/";

    static Optional<Fixture> of(Bundle bundle, String connectorId) throws IOException {
        URL url = bundle.getEntry(FOLDER + connectorId + "/expect.properties");
        if (url == null) {
            return Optional.empty();
        }
        Properties expect = new Properties();
        try (InputStream in = url.openStream()) {
            expect.load(in);
        }
        return Optional.of(new Fixture(connectorId, expect));
    }

    long count(String key) {
        String value = expect.getProperty(key);
        if (value == null) {
            throw new AssertionError(FOLDER + connectorId + "/expect.properties lacks '" + key + "'");
        }
        return Long.parseLong(value.strip());
    }

    /** Whether the connector imports files at all (push-only connectors say {@code import = none}). */
    boolean imports() {
        return !"none".equals(expect.getProperty("import", "").strip());
    }

    /**
     * Whether the fixtures say the connector's files have no records to lose separately
     * ({@code damaged = none}: one document, such as a feed or a saved API response).
     */
    boolean declinesDamage() {
        return "none".equals(expect.getProperty("damaged", "").strip());
    }

    /** The {@code setting.<key>} entries, by key. */
    Map<String, String> settings() {
        Map<String, String> settings = new TreeMap<>();
        for (String name : expect.stringPropertyNames()) {
            if (name.startsWith("setting.")) {
                settings.put(name.substring("setting.".length()), expect.getProperty(name).strip());
            }
        }
        return settings;
    }

    /** Copies a fixture file (named by {@code key}, such as {@code good.file}) into a folder. */
    Path copy(Bundle bundle, String key, Path folder) throws IOException {
        String name = expect.getProperty(key);
        if (name == null) {
            throw new AssertionError(FOLDER + connectorId + "/expect.properties lacks '" + key + "'");
        }
        URL url = bundle.getEntry(FOLDER + connectorId + "/" + name.strip());
        if (url == null) {
            throw new AssertionError("Missing fixture " + FOLDER + connectorId + "/" + name.strip());
        }
        Path file = folder.resolve(name.strip());
        try (InputStream in = url.openStream()) {
            Files.copy(in, file);
        }
        return file;
    }
}

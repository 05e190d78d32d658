/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.connector.csv;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The saved CSV profiles of a workspace: JSON files in {@code <workspace>/.parley/csv-profiles/}.
 */
public final class CsvProfiles {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path folder;

    /** The profiles of the workspace in {@code workspace}. */
    public CsvProfiles(Path workspace) {
        this.folder = workspace.resolve(".parley").resolve("csv-profiles");
    }

    /** The folder holding the profiles. */
    public Path folder() {
        return folder;
    }

    /** Saves (or replaces) a profile under its name, atomically. */
    public Path save(CsvProfile profile) throws IOException {
        Files.createDirectories(folder);
        Path file = fileOf(profile.name());
        Path temp = Files.createTempFile(folder, profile.name(), ".tmp");
        JSON.writeValue(temp.toFile(), profile);
        return Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Loads the profile with this name.
     *
     * @throws IOException
     *             when there is none, or it cannot be read
     */
    public CsvProfile load(String name) throws IOException {
        Path file = fileOf(name);
        if (!Files.isRegularFile(file)) {
            throw new IOException("No CSV profile named '" + name + "' in " + folder);
        }
        return read(file);
    }

    /** The names of the saved profiles, sorted. */
    public List<String> names() throws IOException {
        List<String> names = new ArrayList<>();
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".json"))
                        .map(n -> n.substring(0, n.length() - ".json".length())).sorted().forEach(names::add);
            }
        }
        return names;
    }

    /** Reads a profile from a JSON file anywhere. */
    public static CsvProfile read(Path file) throws IOException {
        try {
            return JSON.readValue(file.toFile(), CsvProfile.class);
        } catch (IllegalArgumentException e) {
            throw new IOException("CSV profile " + file + " is invalid: " + e.getMessage(), e);
        }
    }

    private Path fileOf(String name) {
        if (name.isBlank() || !name.matches("[A-Za-z0-9._-]+") || name.startsWith(".")) {
            throw new IllegalArgumentException("A CSV profile name uses letters, digits, '.', '_' and '-': " + name);
        }
        return folder.resolve(name + ".json");
    }
}

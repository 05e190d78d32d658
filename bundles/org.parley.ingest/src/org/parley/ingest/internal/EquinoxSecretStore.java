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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.osgi.service.component.annotations.Component;
import org.parley.ingest.SecretStore;

/**
 * Secrets in Eclipse secure storage, one storage file per workspace
 * ({@code <workspace>/.parley/secure_storage}), encrypted with the password from
 * {@code PARLEY_SECRETS_PASSWORD} or else a key generated once into
 * {@code ~/.parley/secure-storage.key} (owner-only permissions). Values never reach a log or an
 * exception message.
 */
@Component(service = SecretStore.class)
public final class EquinoxSecretStore implements SecretStore {

    /** The environment variable holding the storage password. */
    public static final String PASSWORD_VARIABLE = "PARLEY_SECRETS_PASSWORD";
    /** A system property naming another key file (for tests and shared machines). */
    public static final String KEY_FILE_PROPERTY = "parley.secrets.keyFile";

    private final Map<Path, ISecurePreferences> open = new ConcurrentHashMap<>();

    @Override
    public void put(Path workspace, long sourceId, String key, char[] value) {
        ISecurePreferences root = root(workspace);
        try {
            node(root, sourceId).put(key, new String(value), true);
            root.flush();
        } catch (StorageException | IOException e) {
            throw new IllegalStateException("Could not keep the secret '" + key + "' in secure storage: "
                    + e.getClass().getSimpleName(), e);
        }
    }

    @Override
    public Optional<char[]> get(Path workspace, long sourceId, String key) {
        try {
            String value = node(root(workspace), sourceId).get(key, null);
            return Optional.ofNullable(value).map(String::toCharArray);
        } catch (StorageException e) {
            throw new IllegalStateException("Could not read the secret '" + key + "' from secure storage (wrong "
                    + PASSWORD_VARIABLE + " or key file?)", e);
        }
    }

    @Override
    public Set<String> keys(Path workspace, long sourceId) {
        return new TreeSet<>(Set.of(node(root(workspace), sourceId).keys()));
    }

    @Override
    public void remove(Path workspace, long sourceId, String key) {
        ISecurePreferences root = root(workspace);
        node(root, sourceId).remove(key);
        flush(root);
    }

    @Override
    public void removeAll(Path workspace, long sourceId) {
        ISecurePreferences root = root(workspace);
        node(root, sourceId).removeNode();
        flush(root);
    }

    private static ISecurePreferences node(ISecurePreferences root, long sourceId) {
        return root.node("parley/sources/" + sourceId);
    }

    private static void flush(ISecurePreferences root) {
        try {
            root.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write secure storage", e);
        }
    }

    private ISecurePreferences root(Path workspace) {
        Path file = workspace.toAbsolutePath().normalize().resolve(".parley").resolve("secure_storage");
        return open.computeIfAbsent(file, EquinoxSecretStore::openStorage);
    }

    private static ISecurePreferences openStorage(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Map<Object, Object> options = new HashMap<>();
            options.put(IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec(password()));
            options.put(IProviderHints.PROMPT_USER, Boolean.FALSE);
            ISecurePreferences root = SecurePreferencesFactory.open(file.toUri().toURL(), options);
            if (root == null) {
                throw new IllegalStateException("Secure storage could not be opened at " + file);
            }
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException("Secure storage could not be opened at " + file, e);
        }
    }

    /** The storage password: from the environment, else the key file (made on first use). */
    static char[] password() throws IOException {
        String fromEnvironment = System.getenv(PASSWORD_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment.toCharArray();
        }
        Path keyFile = keyFile();
        if (!Files.exists(keyFile)) {
            createKeyFile(keyFile);
        }
        return Files.readString(keyFile, StandardCharsets.US_ASCII).strip().toCharArray();
    }

    static Path keyFile() {
        String configured = System.getProperty(KEY_FILE_PROPERTY);
        return configured != null && !configured.isBlank()
                ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".parley", "secure-storage.key");
    }

    private static void createKeyFile(Path keyFile) throws IOException {
        Files.createDirectories(keyFile.toAbsolutePath().getParent());
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        try {
            Files.createFile(keyFile,
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (FileAlreadyExistsException e) {
            return;
        } catch (UnsupportedOperationException e) {
            Files.createFile(keyFile);
        }
        Files.writeString(keyFile, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
    }
}

/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.dropins.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * An organisation's bundles dropped into the drop-ins folder are installed, started, updated and
 * removed.
 */
class DropinsTest {

    @TempDir
    Path folder;

    private final BundleContext context = FrameworkUtil.getBundle(Dropins.class).getBundleContext();

    @AfterEach
    void removeWhatWasInstalled() throws IOException {
        try (var files = Files.list(folder)) {
            files.forEach(file -> file.toFile().delete());
        }
        Dropins.sync(context, folder);
    }

    @Test
    void aDroppedBundleIsInstalledAndStartedOnceAndGoesWhenItsJarGoes() throws Exception {
        Path jar = bundleJar("com.example.acme.connector", "1.0.0");
        Dropins.Result first = Dropins.sync(context, folder);
        assertEquals(List.of("com.example.acme.connector"), first.installed());
        assertEquals(Bundle.ACTIVE, bundle("com.example.acme.connector").getState());

        Dropins.Result again = Dropins.sync(context, folder);
        assertTrue(again.installed().isEmpty() && again.updated().isEmpty(), "nothing new: " + again);
        assertEquals(1, Arrays.stream(context.getBundles())
                .filter(b -> "com.example.acme.connector".equals(b.getSymbolicName())).count());

        Files.delete(jar);
        assertEquals(List.of("com.example.acme.connector"), Dropins.sync(context, folder).removed());
        assertNull(bundle("com.example.acme.connector"));
    }

    @Test
    void aChangedJarIsUpdatedToItsNewVersion() throws Exception {
        bundleJar("com.example.acme.classifier", "1.0.0");
        Dropins.sync(context, folder);
        Path jar = bundleJar("com.example.acme.classifier", "1.1.0");
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60)));
        Dropins.Result result = Dropins.sync(context, folder);
        assertEquals(List.of("com.example.acme.classifier"), result.updated());
        assertEquals("1.1.0", bundle("com.example.acme.classifier").getVersion().toString());
    }

    @Test
    void aJarThatIsNotABundleIsReportedAndTheOthersGoOn() throws Exception {
        Files.writeString(folder.resolve("broken.jar"), "this is not a zip file");
        bundleJar("com.example.acme.good", "1.0.0");
        Dropins.Result result = Dropins.sync(context, folder);
        assertEquals(List.of("com.example.acme.good"), result.installed());
        assertEquals(1, result.failed().size());
        assertTrue(result.failed().get(0).startsWith("broken.jar: "), result.failed().toString());
        assertEquals(Bundle.ACTIVE, bundle("com.example.acme.good").getState());
    }

    private Bundle bundle(String name) {
        return Arrays.stream(context.getBundles()).filter(b -> name.equals(b.getSymbolicName())).findFirst()
                .orElse(null);
    }

    private Path bundleJar(String name, String version) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", name);
        main.putValue("Bundle-Version", version);
        Path jar = folder.resolve(name + ".jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out, manifest)) {
            zip.flush();
        }
        return jar;
    }
}

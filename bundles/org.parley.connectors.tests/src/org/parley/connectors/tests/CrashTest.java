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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.parley.ingest.IngestReport;
import org.parley.ingest.IngestService;
import org.parley.store.Store;
import org.parley.store.StoreFactory;
import org.parley.store.StoreSettings;

/**
 * A child JVM importing 12,000 guestbook entries is killed with SIGKILL after some batches have
 * committed; a rerun in this JVM stores exactly the rest, so the count equals the source's.
 */
class CrashTest {

    private static final int ENTRIES = 12_000;
    private static final int KILL_AFTER_BATCHES = 5;

    @TempDir
    Path temp;

    @Test
    void anImportKilledWithSigkillResumesAndEndsWithExactlyTheSourceCount() throws Exception {
        Path workspace = Files.createDirectories(temp.resolve("workspace"));
        Path file = generate(temp.resolve("large.guestbook"));
        List<String> output = runAndKill(workspace, file);
        assertTrue(output.stream().noneMatch(line -> line.startsWith("done")),
                "the child was killed before it finished: " + output);

        try (Store store = Services.get(StoreFactory.class).open(StoreSettings.embedded(workspace))) {
            long survived = store.interactions().count();
            assertTrue(survived > 0 && survived < ENTRIES, "the killed run committed part of the file: " + survived);
            IngestReport rerun = Services.get(IngestService.class).importPath(store, "guestbook", file, null);
            assertEquals(0, rerun.duplicates(), "the rerun resumed after the last committed checkpoint");
            assertEquals(ENTRIES - survived, rerun.added());
            assertEquals(ENTRIES, store.interactions().count());
        }
    }

    private static List<String> runAndKill(Path workspace, Path file) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        String classPath = childClasses(workspace.resolveSibling("child-classes")) + File.pathSeparator + classPath();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx512m", "-cp", classPath, CrashChild.class.getName(),
                workspace.toString(), file.toString());
        builder.redirectErrorStream(true);
        Process child = builder.start();
        List<String> output = new ArrayList<>();
        int batches = 0;
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                output.add(line);
                if ("committed".equals(line) && ++batches == KILL_AFTER_BATCHES) {
                    child.destroyForcibly(); // SIGKILL on Unix
                    break;
                }
            }
        } finally {
            child.destroyForcibly();
            assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the child ended");
        }
        assertEquals(KILL_AFTER_BATCHES, batches,
                "the child committed batches before the kill: " + output);
        return output;
    }

    /**
     * The child's own classes, copied out of this bundle (a folder or a jar, depending on the build).
     */
    private static String childClasses(Path folder) throws IOException {
        Path target = Files.createDirectories(folder.resolve(CrashChild.class.getPackageName().replace('.', '/')));
        for (String name : List.of("CrashChild", "CrashChild$1", "CrashChild$NoSecrets")) {
            try (InputStream in = CrashChild.class.getResourceAsStream(name + ".class")) {
                assertTrue(in != null, "class file of " + name);
                Files.copy(in, target.resolve(name + ".class"));
            }
        }
        return folder.toString();
    }

    /** The jars and class folders of every bundle in this framework, as a plain class path. */
    private static String classPath() {
        Set<String> entries = new LinkedHashSet<>();
        for (Bundle bundle : FrameworkUtil.getBundle(CrashTest.class).getBundleContext().getBundles()) {
            String location = bundle.getLocation();
            int file = location.indexOf("file:");
            if (file < 0) {
                continue;
            }
            Path path = installArea().resolve(location.substring(file + "file:".length())).normalize();
            if (!Files.exists(path)) {
                continue;
            }
            if (Files.isDirectory(path)) {
                for (String output : List.of("target/classes", "bin")) {
                    if (Files.isDirectory(path.resolve(output))) {
                        entries.add(path.resolve(output).toString());
                    }
                }
            }
            entries.add(path.toString());
        }
        String framework = System.getProperty("osgi.framework");
        if (framework != null && framework.startsWith("file:")) {
            entries.add(installArea().resolve(framework.substring("file:".length())).normalize().toString());
        }
        return String.join(File.pathSeparator, entries);
    }

    /** What relative bundle locations are relative to: the framework's install area. */
    private static Path installArea() {
        String area = System.getProperty("osgi.install.area");
        if (area == null || !area.startsWith("file:")) {
            return Path.of("").toAbsolutePath();
        }
        return Path.of(area.substring("file:".length())).toAbsolutePath();
    }

    private static Path generate(Path file) throws IOException {
        List<String> lines = new ArrayList<>(ENTRIES);
        for (int i = 1; i <= ENTRIES; i++) {
            lines.add("{\"entry\":\"big-" + i + "\",\"name\":\"Guest " + i % 500 + "\",\"email\":\"guest" + i % 500
                    + "@example.org\",\"at\":\"2026-10-" + (10 + i % 20) + "T12:00:00Z\",\"message\":\"Entry " + i
                    + " of a large guestbook\",\"rating\":" + (1 + i % 5) + "}");
        }
        return Files.write(file, lines, StandardCharsets.UTF_8);
    }
}

/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.ConsoleHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.parley.store.StoreFactory;
import org.parley.store.StoreSettings;

/** A quiet command line: warnings on standard error, everything in the workspace's parley.log. */
class CliLoggingTest {

    @TempDir
    Path temp;

    private Handler added;
    private final Logger logger = Logger.getLogger("org.parley.cli.test");

    @AfterEach
    void removeHandler() {
        if (added != null) {
            Logger.getLogger("").removeHandler(added);
            added.close();
        }
    }

    @Test
    void opening_a_new_workspace_logs_its_migration_to_the_file_and_not_to_the_console() throws Exception {
        Path workspace = temp.resolve("ws");
        added = CliLogging.configure(workspace, false);
        assertTrue(consoleHandlers().allMatch(h -> h.getLevel() == Level.WARNING),
                "standard error only shows warnings and errors by default");
        try (var store = ParleyCliTest.services(StoreFactory.class).open(StoreSettings.forWorkspace(workspace))) {
            assertEquals(0L, store.info().counts().get("interactions"));
        }
        added.flush();
        String log = Files.readString(workspace.resolve(".parley").resolve(CliLogging.FILE));
        assertTrue(log.contains("Migrated"), log);
    }

    @Test
    void verbose_lowers_the_console_threshold() {
        added = CliLogging.configure(temp.resolve("ws"), true);
        assertTrue(consoleHandlers().allMatch(h -> h.getLevel() == Level.ALL));
    }

    @Test
    void a_command_that_never_opens_a_workspace_creates_no_folder() {
        Path workspace = temp.resolve("never-made");
        added = CliLogging.configure(workspace, false);
        logger.warning("a warning before any workspace exists");
        added.flush();
        assertFalse(Files.exists(workspace), "help or a usage error must not create the default workspace");
    }

    @Test
    void a_log_past_its_limit_is_rotated_keeping_three_older_files() throws Exception {
        Path folder = Files.createDirectories(temp.resolve(".parley"));
        for (int run = 1; run <= 5; run++) {
            Files.writeString(folder.resolve(CliLogging.FILE), "run " + run + "\n".repeat(20));
            CliLogging.rotate(folder, 10);
        }
        assertFalse(Files.exists(folder.resolve(CliLogging.FILE)), "the full log moved aside");
        assertEquals("run 5", firstLine(folder.resolve(CliLogging.FILE + ".1")));
        assertEquals("run 3", firstLine(folder.resolve(CliLogging.FILE + ".3")));
        assertFalse(Files.exists(folder.resolve(CliLogging.FILE + ".4")), "older files are deleted");
        Files.writeString(folder.resolve(CliLogging.FILE), "small");
        CliLogging.rotate(folder, 10);
        assertEquals("small", Files.readString(folder.resolve(CliLogging.FILE)), "a log under its limit stays");
    }

    @Test
    void verbose_is_a_global_option_that_does_not_reach_the_command() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        var cli = Commands.cli(FrameworkUtil.getBundle(CliLoggingTest.class).getBundleContext(), temp.resolve("ws"),
                System.in,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, cli.run("--data", temp.resolve("ws").toString(), "--verbose", "info"), err.toString());
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("{\"workspace\""));
        assertTrue(ParleyCli.verbose(new String[]{"info", "--verbose"}));
        assertEquals(temp.resolve("x"), ParleyCli.workspaceOf(new String[]{"--data", temp.resolve("x").toString()},
                temp));
    }

    private static java.util.stream.Stream<Handler> consoleHandlers() {
        return java.util.Arrays.stream(Logger.getLogger("").getHandlers()).filter(ConsoleHandler.class::isInstance);
    }

    private static String firstLine(Path file) throws Exception {
        return Files.readAllLines(file).get(0);
    }
}

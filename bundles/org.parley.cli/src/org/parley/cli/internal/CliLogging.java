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

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.logging.ConsoleHandler;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Where {@code parley-cli}'s log records go. Standard error is the user's: it shows warnings and
 * errors only, unless {@code --verbose} asks for everything. The workspace keeps everything in
 * {@code <workspace>/.parley/parley.log}, rotated when it passes {@link #LIMIT} bytes, the
 * {@link #KEEP} previous files kept as {@code parley.log.1} (newest) to {@code parley.log.3}.
 */
final class CliLogging {

    static final String FILE = "parley.log";
    static final long LIMIT = 5L * 1024 * 1024;
    static final int KEEP = 3;

    private CliLogging() {
    }

    /**
     * Sets the console threshold and adds the workspace log to the root logger; returns that handler.
     */
    static Handler configure(Path workspace, boolean verbose) {
        Logger root = Logger.getLogger("");
        boolean console = false;
        for (Handler handler : root.getHandlers()) {
            if (handler instanceof ConsoleHandler) {
                handler.setLevel(verbose ? Level.ALL : Level.WARNING);
                console = true;
            }
        }
        if (!console) {
            ConsoleHandler handler = new ConsoleHandler();
            handler.setLevel(verbose ? Level.ALL : Level.WARNING);
            root.addHandler(handler);
        }
        if (verbose) {
            root.setLevel(Level.FINE);
        } else if (root.getLevel() == null || root.getLevel().intValue() > Level.INFO.intValue()) {
            root.setLevel(Level.INFO);
        }
        Handler file = new WorkspaceLog(workspace.resolve(".parley"));
        root.addHandler(file);
        return file;
    }

    /**
     * Moves {@code parley.log} to {@code parley.log.1} (and so on) once it has grown past the limit.
     */
    static void rotate(Path folder, long limit) throws IOException {
        Path current = folder.resolve(FILE);
        if (!Files.isRegularFile(current) || Files.size(current) < limit) {
            return;
        }
        Files.deleteIfExists(folder.resolve(FILE + "." + KEEP));
        for (int i = KEEP - 1; i >= 1; i--) {
            Path older = folder.resolve(FILE + "." + i);
            if (Files.exists(older)) {
                Files.move(older, folder.resolve(FILE + "." + (i + 1)), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.move(current, folder.resolve(FILE + ".1"), StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * The workspace's log file, opened on the first record that arrives once the workspace exists: a
     * command that never touches a workspace ({@code help}, a usage error) creates no folder.
     */
    static final class WorkspaceLog extends Handler {

        private final Path folder;
        private FileHandler file;
        private boolean failed;

        WorkspaceLog(Path folder) {
            this.folder = folder;
            setLevel(Level.ALL);
        }

        @Override
        public synchronized void publish(LogRecord record) {
            if (!isLoggable(record) || failed) {
                return;
            }
            if (file == null && !open()) {
                return;
            }
            file.publish(record);
        }

        private boolean open() {
            if (!Files.isDirectory(folder.getParent())) {
                return false;
            }
            try {
                Files.createDirectories(folder);
                rotate(folder, LIMIT);
                // FileHandler patterns give '%' a meaning: a literal one is written twice
                file = new FileHandler(folder.resolve(FILE).toString().replace("%", "%%"), true);
                file.setEncoding(StandardCharsets.UTF_8.name());
                file.setFormatter(new SimpleFormatter());
                file.setLevel(Level.ALL);
                return true;
            } catch (IOException | SecurityException e) {
                failed = true;
                System.err.println("parley-cli: cannot write the log " + folder.resolve(FILE) + ": " + e.getMessage());
                return false;
            }
        }

        @Override
        public synchronized void flush() {
            if (file != null) {
                file.flush();
            }
        }

        @Override
        public synchronized void close() {
            if (file != null) {
                file.close();
                file = null;
            }
        }
    }
}

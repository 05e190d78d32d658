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

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.parley.cli.command.CliContext;
import org.parley.store.Store;

/**
 * What {@code parley-cli} hands a command, for running a command service in a test: the workspace,
 * its store (none for commands that must not open one: {@link #store()} then fails the test),
 * standard input, output and error.
 */
public record TestCliContext(Path workspace, Store store, InputStream in, PrintStream out, PrintStream err)
        implements
            CliContext {

    /**
     * A context whose standard input is {@code stdin} and whose output and error go to these streams.
     */
    public static TestCliContext of(Path workspace, Store store, String stdin, OutputStream out,
            OutputStream err) {
        return new TestCliContext(workspace, store, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Override
    public boolean workspaceGiven() {
        return store != null;
    }

    @Override
    public Store store() {
        if (store == null) {
            throw new AssertionError("this command must not open a workspace");
        }
        return store;
    }
}

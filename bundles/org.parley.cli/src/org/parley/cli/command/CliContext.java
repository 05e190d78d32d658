/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.cli.command;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;

import org.parley.store.Store;

/** What a {@link CliCommand} runs against: the workspace, its store and the process's streams. */
public interface CliContext {

    /** The workspace folder: the {@code --data} argument, or the default workspace. */
    Path workspace();

    /** Whether the workspace was named with {@code --data} rather than defaulted. */
    boolean workspaceGiven();

    /**
     * The workspace's store, opened (and migrated) on first use and closed by the command line after
     * the command returns.
     */
    Store store();

    /** Standard input. */
    InputStream in();

    /** Standard output, for results. */
    PrintStream out();

    /** Standard error, for problems and progress. */
    PrintStream err();
}

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

import java.util.List;

/**
 * One command of {@code parley-cli}, registered as an OSGi service. A bundle adds commands to the
 * command line by registering this service (for example as a Declarative Services component); the
 * command line finds it by the service property {@link #NAME}, so an unused command is never
 * activated.
 *
 * <pre>
 * &#64;Component(property = CliCommand.NAME + "=journey list")
 * public final class JourneyListCommand implements CliCommand { ... }
 * </pre>
 *
 * Commands write their results to {@link CliContext#out()} as JSON (one object per line) and
 * problems to {@link CliContext#err()}.
 */
public interface CliCommand {

    /**
     * The service property holding the command's name: one or more words, such as {@code import} or
     * {@code bench ingest}. The longest name matching the start of the command line wins.
     */
    String NAME = "parley.command";

    /** Exit code of a command that did what it was asked. */
    int OK = 0;
    /** Exit code of a command that ran and failed. */
    int FAILED = 1;
    /** Exit code for bad usage. */
    int USAGE = 2;

    /**
     * The arguments after the name, for the help text, such as {@code <connector-id> <file-or-folder>}.
     */
    String synopsis();

    /** One line saying what the command does, for the help text. */
    String summary();

    /**
     * Runs the command.
     *
     * @param context
     *            the workspace, store and streams of this run
     * @param args
     *            the words after the command's name (options included; {@code --data} is taken out)
     * @return the process exit code: {@link #OK}, {@link #FAILED} or {@link #USAGE}
     * @throws UsageException
     *             when the arguments are wrong; the command line prints the problem and the usage and
     *             exits with {@link #USAGE}
     * @throws Exception
     *             when the command failed; the command line prints the message and exits with
     *             {@link #FAILED}
     */
    int run(CliContext context, List<String> args) throws Exception;
}

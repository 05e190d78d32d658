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
 * &#64;Component(property = CliCommand.NAME + "=journey export")
 * public final class JourneyExportCommand implements CliCommand&lt;JourneyExportCommand.Arguments&gt; {
 *     static final class Arguments {
 *         &#64;Parameters(paramLabel = "&lt;journey-id&gt;", description = "the journey's row id")
 *         long id;
 *         &#64;Option(names = "--format", description = "json, svg, png or md")
 *         String format = "json";
 *     }
 *     public Arguments arguments() { return new Arguments(); }
 *     public int execute(CliContext context, Arguments arguments) { ... }
 * }
 * </pre>
 *
 * Arguments are declared with picocli's {@code @Option} and {@code @Parameters} on the fields of a
 * new object per run: the command line parses the words after the command's name into it with one
 * parser for every command ({@link Arguments}), so every command has generated {@code --help},
 * typed options and exit status {@link #USAGE} for an unknown option, a missing parameter or a
 * value of the wrong type, before it runs. Commands write their results to {@link CliContext#out()}
 * as JSON (one object per line) and problems to {@link CliContext#err()}.
 *
 * @param <A>
 *            the arguments object; {@link NoArguments} for a command that takes none
 */
public interface CliCommand<A> {

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

    /** One line saying what the command does, for the help text. */
    String summary();

    /** A new object to parse this run's arguments into (its picocli-annotated fields). */
    A arguments();

    /**
     * Runs the command on parsed arguments.
     *
     * @param context
     *            the workspace, store and streams of this run
     * @param arguments
     *            the object {@link #arguments()} made, filled from the command line
     * @return the process exit code: {@link #OK}, {@link #FAILED} or {@link #USAGE}
     * @throws UsageException
     *             when the arguments are wrong in a way the parser cannot see (an unknown connector id,
     *             say); the command line prints the problem and the usage and exits with {@link #USAGE}
     * @throws Exception
     *             when the command failed; the command line prints the message and exits with
     *             {@link #FAILED}
     */
    int execute(CliContext context, A arguments) throws Exception;

    /**
     * Parses the words after the command's name with the command line's parser and runs the command;
     * {@code --help} prints the generated usage to {@link CliContext#out()} instead.
     *
     * @throws UsageException
     *             when the words do not parse (the message says why)
     */
    default int run(CliContext context, List<String> words) throws Exception {
        return Arguments.run(this, context, words, "");
    }
}

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

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * The one argument parser of {@code parley-cli} (picocli): turns a command's arguments object into
 * a command specification with a {@code --help} option, parses words into it and writes its usage.
 */
public final class Arguments {

    private Arguments() {
    }

    /**
     * Parses the words into the command's arguments object.
     *
     * @return whether {@code --help} was asked for (nothing else is checked then)
     * @throws UsageException
     *             for an unknown option, a missing or surplus parameter, or a value of the wrong type
     */
    public static boolean parse(CliCommand<?> command, Object arguments, List<String> words) {
        CommandLine line = line(command, arguments, "");
        try {
            line.parseArgs(words.toArray(String[]::new));
        } catch (ParameterException e) {
            if (words.contains("--help") || words.contains("-h")) {
                return true;
            }
            throw new UsageException(e.getMessage());
        }
        return line.isUsageHelpRequested();
    }

    /**
     * Parses the words into a new arguments object and runs the command with it; {@code --help} prints
     * the generated usage to the context's standard output instead.
     *
     * @param name
     *            the command's name as typed, for the usage, or "" for none
     * @throws UsageException
     *             when the words do not parse
     */
    public static <A> int run(CliCommand<A> command, CliContext context, List<String> words, String name)
            throws Exception {
        A arguments = command.arguments();
        if (parse(command, arguments, words)) {
            context.out().print(usage(command, name));
            return CliCommand.OK;
        }
        return command.execute(context, arguments);
    }

    /**
     * The usage of a command, generated from its arguments object.
     *
     * @param name
     *            the command's name as typed ({@code journey export}), or "" for none
     */
    public static String usage(CliCommand<?> command, String name) {
        return line(command, command.arguments(), name).getUsageMessage();
    }

    /** The command's synopsis after its name, such as {@code [--format=<format>] <journey-id>}. */
    public static String synopsis(CliCommand<?> command) {
        CommandLine line = line(command, command.arguments(), "");
        String synopsis = line.getHelp().synopsis(0).strip();
        String prefix = line.getCommandName();
        return synopsis.startsWith(prefix) ? synopsis.substring(prefix.length()).strip() : synopsis;
    }

    private static CommandLine line(CliCommand<?> command, Object arguments, String name) {
        CommandSpec spec = arguments instanceof NoArguments
                ? CommandSpec.create()
                : CommandSpec.forAnnotatedObject(arguments);
        spec.name(name.isBlank() ? "parley-cli" : "parley-cli [--data <workspace>] " + name);
        spec.usageMessage().description(command.summary());
        spec.usageMessage().abbreviateSynopsis(false);
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).hidden(true).build());
        spec.usageMessage().footer("", "--help shows this text. Results go to standard output as JSON; a mistake in"
                + " the arguments exits with status 2.");
        CommandLine line = new CommandLine(spec);
        line.setCaseInsensitiveEnumValuesAllowed(true);
        line.setExpandAtFiles(false); // an X handle such as @brand is a word, not a file of arguments
        line.setUsageHelpWidth(100);
        return line;
    }
}

/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.analytics.internal.cli;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parley.analytics.TopicService;
import org.parley.analytics.TopicVersion;
import org.parley.cli.command.CliCommand;
import org.parley.cli.command.CliContext;
import org.parley.cli.command.UsageException;

import picocli.CommandLine.Option;

/** {@code parley-cli topics show [--version N]}: the current (or a saved) topic set as JSON. */
@Component(service = CliCommand.class, property = CliCommand.NAME + "=topics show")
public final class TopicsShowCommand implements CliCommand<TopicsShowCommand.Arguments> {

    /** Which version to show. */
    static final class Arguments {
        @Option(names = "--version", paramLabel = "<n>", description = "a saved version, as 'topics versions'"
                + " (default: the current one)")
        String version;
    }

    private final TopicService topics;

    @Activate
    public TopicsShowCommand(@Reference TopicService topics) {
        this.topics = topics;
    }

    @Override
    public String summary() {
        return "print the current (or a saved) version of the workspace's topics as JSON";
    }

    @Override
    public Arguments arguments() {
        return new Arguments();
    }

    @Override
    public int execute(CliContext context, Arguments arguments) throws Exception {
        String wanted = arguments.version;
        TopicVersion current = topics.current(context.store());
        TopicVersion shown = current;
        if (wanted != null) {
            int number;
            try {
                number = Integer.parseInt(wanted.strip());
            } catch (NumberFormatException e) {
                throw new UsageException("--version must be a whole number, got '" + wanted + "'");
            }
            shown = topics.version(context.store(), number).orElseThrow(() -> new UsageException(
                    "there is no topics version " + wanted + " (the newest is " + current.version() + ")"));
        }
        TopicsCommands.print(context, TopicsCommands.version(shown, true));
        return OK;
    }
}

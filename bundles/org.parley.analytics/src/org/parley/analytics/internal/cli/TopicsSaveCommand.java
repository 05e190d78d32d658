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

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parley.analytics.TopicJson;
import org.parley.analytics.TopicService;
import org.parley.analytics.TopicSet;
import org.parley.analytics.TopicVersion;
import org.parley.cli.command.CliCommand;
import org.parley.cli.command.CliContext;
import org.parley.cli.command.UsageException;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code parley-cli topics save <file.json> [--note text]}: saves a topic set as a new version. */
@Component(service = CliCommand.class, property = CliCommand.NAME + "=topics save")
public final class TopicsSaveCommand implements CliCommand<TopicsSaveCommand.Arguments> {

    /** The topic set's file and the version's note. */
    static final class Arguments {
        @Parameters(index = "0", paramLabel = "<file.json>", description = "the topics as JSON, as 'topics show'")
        Path file;

        @Option(names = "--note", paramLabel = "<text>", description = "the version's note (default: the file's name)")
        String note;
    }

    private final TopicService topics;

    @Activate
    public TopicsSaveCommand(@Reference TopicService topics) {
        this.topics = topics;
    }

    @Override
    public String summary() {
        return "save the workspace's topics (keywords and phrases) from a JSON file as a new version;"
                + " 'reclassify' then applies them to the stored messages";
    }

    @Override
    public Arguments arguments() {
        return new Arguments();
    }

    @Override
    public int execute(CliContext context, Arguments arguments) throws Exception {
        String note = arguments.note;
        Path file = arguments.file;
        if (!Files.isRegularFile(file)) {
            throw new UsageException("no such file: " + file);
        }
        TopicSet set;
        try {
            set = TopicJson.read(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new UsageException(file + ": " + e.getMessage());
        }
        TopicVersion saved = topics.save(context.store(), set,
                note == null ? "imported from " + file.getFileName() : note);
        TopicsCommands.print(context, TopicsCommands.version(saved, false));
        return OK;
    }
}

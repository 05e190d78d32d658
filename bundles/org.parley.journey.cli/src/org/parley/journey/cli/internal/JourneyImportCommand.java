/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.journey.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parley.cli.command.CliCommand;
import org.parley.cli.command.CliContext;
import org.parley.cli.command.UsageException;
import org.parley.journey.ImportMode;
import org.parley.journey.JourneyFormatException;
import org.parley.model.journey.JourneyMap;
import org.parley.journey.JourneyService;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code journey import <file> [--as-copy]}: adds or replaces a journey from its JSON file. */
@Component(service = CliCommand.class, property = CliCommand.NAME + "=journey import")
public final class JourneyImportCommand implements CliCommand<JourneyImportCommand.Arguments> {

    private final JourneyService journeys;

    @Activate
    public JourneyImportCommand(@Reference JourneyService journeys) {
        this.journeys = journeys;
    }

    /** The journey file and how to import it. */
    static final class Arguments {
        @Parameters(index = "0", paramLabel = "<file.json>", description = "a journey file, as 'journey export"
                + " --format json' writes it")
        Path file;
        @Option(names = "--as-copy", description = "always add the journey, with fresh ids")
        boolean asCopy;
    }

    @Override
    public Arguments arguments() {
        return new Arguments();
    }

    @Override
    public String summary() {
        return "import a journey JSON file: replaces the journey with the file's id, or adds it"
                + " (--as-copy: always add, with fresh ids)";
    }

    @Override
    public int execute(CliContext context, Arguments arguments) throws IOException {
        Path file = arguments.file;
        ImportMode mode = arguments.asCopy ? ImportMode.ADD_AS_COPY : ImportMode.REPLACE_OR_ADD;
        boolean existed = false;
        JourneyMap map;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readAllBytes();
            if (mode == ImportMode.REPLACE_OR_ADD) {
                existed = existing(context, bytes);
            }
            map = journeys.importJson(context.store(), new java.io.ByteArrayInputStream(bytes), mode);
        } catch (NoSuchFileException e) {
            throw new UsageException("No such file: " + file);
        } catch (JourneyFormatException e) {
            context.err().println(file + ": " + e.getMessage());
            return FAILED;
        }
        context.out().println(Json.journey(map).put("replaced", existed).put("file", file.toString()).toString());
        return OK;
    }

    private boolean existing(CliContext context, byte[] bytes) {
        try {
            JourneyMap map = org.parley.journey.JourneyJson.read(new java.io.ByteArrayInputStream(bytes));
            return journeys.find(context.store(), map.id()).isPresent();
        } catch (JourneyFormatException e) {
            return false;
        }
    }
}

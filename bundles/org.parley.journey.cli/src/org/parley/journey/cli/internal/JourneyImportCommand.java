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
import java.util.List;
import java.util.Set;

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

/** {@code journey import <file> [--as-copy]}: adds or replaces a journey from its JSON file. */
@Component(service = CliCommand.class, property = CliCommand.NAME + "=journey import")
public final class JourneyImportCommand implements CliCommand {

    private final JourneyService journeys;

    @Activate
    public JourneyImportCommand(@Reference JourneyService journeys) {
        this.journeys = journeys;
    }

    @Override
    public String synopsis() {
        return "<file.json> [--as-copy]";
    }

    @Override
    public String summary() {
        return "import a journey JSON file: replaces the journey with the file's id, or adds it"
                + " (--as-copy: always add, with fresh ids)";
    }

    @Override
    public int run(CliContext context, List<String> args) throws IOException {
        Args parsed = new Args(args, Set.of(), Set.of("as-copy"));
        Path file = Path.of(parsed.single("journey file"));
        ImportMode mode = parsed.flag("as-copy") ? ImportMode.ADD_AS_COPY : ImportMode.REPLACE_OR_ADD;
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

/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.connector.csv.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.cli.command.CliCommand;
import org.parley.cli.command.CliContext;
import org.parley.cli.command.UsageException;
import org.parley.connector.csv.CsvProfiles;
import org.parley.testing.CollectingContext;
import org.parley.testing.TestCliContext;

class CsvCommandsTest {

    @TempDir
    Path workspace;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    /** The csv commands need no store: asking for one fails the test. */
    private CliContext context() {
        return TestCliContext.of(workspace, null, "", out, out);
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aProfileSavedFromTheCommandLineIsListedShownAndUsedByName() throws Exception {
        CsvProfileCommand command = new CsvProfileCommand();
        assertEquals(CliCommand.OK, command.run(context(), List.of("save", "berlin-calls",
                "columns=text=Agent Notes, tags=Queue", "dateFormats=dd.MM.yyyy HH:mm", "zone=Europe/Berlin",
                "countryCode=49")));
        assertTrue(output().contains("\"saved\":\"berlin-calls\""), output());
        command.run(context(), List.of("list"));
        assertTrue(output().contains("{\"name\":\"berlin-calls\""), output());
        command.run(context(), List.of("show", "berlin-calls"));
        assertTrue(output().contains("\"zone\":\"Europe/Berlin\""), output());

        String saved = new CsvProfiles(workspace).folder().resolve("berlin-calls.json").toString();
        CollectingContext run = new CollectingContext(new CsvConnector().settings(), Map.of("profile", saved));
        new CsvConnector().importFile(Path.of("resources", "calls-de.csv").toAbsolutePath(), run);
        assertEquals(3, run.stored.size());
        assertEquals("+491712345678", run.stored.get(0).author().handle());
        assertThrows(UsageException.class, () -> command.run(context(), List.of("save", "x", "zone")));
        assertThrows(UsageException.class, () -> command.run(context(), List.of("save", "x", "delimiter=colon")));
    }

    @Test
    void theCsvBenchParsesEveryGeneratedRowAndPrintsItsRate() throws Exception {
        assertEquals(CliCommand.OK, new BenchCsvCommand().run(context(), List.of("--rows", "50000")));
        String line = output().strip();
        System.out.println("bench csv: " + line);
        assertTrue(line.startsWith("{\"rows\":50000,\"messages\":50000,"), line);
        assertTrue(line.contains("\"rows_per_second\":"), line);
    }

    @Test
    void aWrongTypedOrUnknownOptionIsAUsageErrorBeforeAnythingRuns() throws Exception {
        UsageException wrong = assertThrows(UsageException.class,
                () -> new BenchCsvCommand().run(context(), List.of("--rows", "x")));
        assertTrue(wrong.getMessage().contains("'x' is not an int"), wrong.getMessage());
        assertThrows(UsageException.class, () -> new BenchCsvCommand().run(context(), List.of("--rows", "0")));
        CsvProfileCommand profile = new CsvProfileCommand();
        assertThrows(UsageException.class, () -> profile.run(context(), List.of("save", "x", "--zone", "UTC")));
        assertThrows(UsageException.class, () -> profile.run(context(), List.of()));
        assertThrows(UsageException.class, () -> profile.run(context(), List.of("show")));
        assertTrue(output().isEmpty(), output());
        assertTrue(new CsvProfiles(workspace).names().isEmpty(), "no profile was saved");
    }

    @Test
    void helpPrintsTheGeneratedUsageNamingTheOptions() throws Exception {
        assertEquals(CliCommand.OK, new BenchCsvCommand().run(context(), List.of("--help")));
        assertTrue(output().contains("[--rows=<n>]"), output());
        assertTrue(output().contains("rows in the generated log (default 200000)"), output());
        out.reset();
        assertEquals(CliCommand.OK, new CsvProfileCommand().run(context(), List.of("--help")));
        assertTrue(output().contains("list|show|save [<name>] [<key=value>...]"), output());
    }
}

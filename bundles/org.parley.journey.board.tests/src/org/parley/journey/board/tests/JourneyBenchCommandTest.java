/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.journey.board.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.parley.cli.command.CliCommand;
import org.parley.cli.command.CliContext;
import org.parley.cli.command.UsageException;
import org.parley.journey.board.internal.JourneyBenchCommand;
import org.parley.testing.TestCliContext;

/**
 * {@code parley-cli bench journey} as the command line parses it: typed options, generated help.
 */
class JourneyBenchCommandTest {

    private final JourneyBenchCommand command = new JourneyBenchCommand();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    /** No store: the benchmark must never open the workspace. */
    private final CliContext context = TestCliContext.of(Path.of("."), null, "", out, err);

    @Test
    void aWrongTypedOrUnknownOptionIsAUsageErrorBeforeAnythingIsTimed() {
        UsageException typed = assertThrows(UsageException.class,
                () -> command.run(context, List.of("--steps", "many")));
        assertTrue(typed.getMessage().contains("--steps") && typed.getMessage().contains("'many'"),
                typed.getMessage());
        UsageException unknown = assertThrows(UsageException.class,
                () -> command.run(context, List.of("--lanes", "3", "--width", "9")));
        assertTrue(unknown.getMessage().contains("--width"), unknown.getMessage());
        assertThrows(UsageException.class, () -> command.run(context, List.of("--lanes")), "a value is needed");
        assertEquals("", out.toString(StandardCharsets.UTF_8), "nothing was timed");
    }

    @Test
    void helpNamesEveryOptionWithItsDefault() throws Exception {
        assertEquals(CliCommand.OK, command.run(context, List.of("--help")));
        String help = out.toString(StandardCharsets.UTF_8);
        for (String word : List.of("--steps=<n>", "--lanes=<n>", "(default 300)", "(default 12)")) {
            assertTrue(help.contains(word), word + " in " + help);
        }
        assertTrue(help.contains("time layout, painting"), "the summary in " + help);
    }

    @Test
    void optionsTakeTheirValueAfterASpaceOrAnEqualsSign() throws Exception {
        assertEquals(CliCommand.OK, command.run(context, List.of("--steps=6", "--lanes", "4")));
        JsonNode figures = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertEquals(6, figures.get("steps").asInt());
        assertEquals(4, figures.get("lanes").asInt());
        assertTrue(figures.get("svg_valid_utf8").asBoolean(), figures.toString());
    }
}

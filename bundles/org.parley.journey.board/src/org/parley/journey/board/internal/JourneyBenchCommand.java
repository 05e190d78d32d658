/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.journey.board.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.osgi.service.component.annotations.Component;
import org.parley.cli.command.CliCommand;
import org.parley.cli.command.CliContext;
import org.parley.model.journey.JourneyMap;
import org.parley.journey.board.JourneyBoards;
import org.parley.journey.board.JourneyImages;
import org.parley.ui.board.Board;
import org.parley.ui.board.BoardImages;
import org.parley.ui.board.BoardLayout;
import org.parley.ui.board.BoardTheme;

import picocli.CommandLine.Option;

/**
 * {@code parley-cli bench journey}: builds a journey of 300 steps by 12 lanes in memory and times
 * what the editor and the exports do with it: board and layout, painting one screen (as while
 * scrolling) and the whole board with Java2D, painting with SWT offscreen when a display is there,
 * and the SVG and PNG exports. Nothing is stored.
 */
@Component(service = CliCommand.class, property = CliCommand.NAME + "=bench journey")
public final class JourneyBenchCommand implements CliCommand<JourneyBenchCommand.Arguments> {

    private final ObjectMapper json = new ObjectMapper();

    /** The size of the benchmark map; a number below 1 counts as 1. */
    static final class Arguments {
        @Option(names = "--steps", paramLabel = "<n>", description = "steps of the map (default ${DEFAULT-VALUE})")
        int steps = 300;
        @Option(names = "--lanes", paramLabel = "<n>", description = "lanes of the map (default ${DEFAULT-VALUE})")
        int lanes = 12;
    }

    @Override
    public Arguments arguments() {
        return new Arguments();
    }

    @Override
    public String summary() {
        return "time layout, painting and SVG/PNG export of a large journey map (300 steps x 12 lanes)";
    }

    @Override
    public int execute(CliContext context, Arguments arguments) throws Exception {
        context.out().println(json.writeValueAsString(run(Math.max(1, arguments.steps), Math.max(1,
                arguments.lanes))));
        return OK;
    }

    public ObjectNode run(int steps, int lanes) throws IOException {
        JourneyMap map = BenchJourney.build(steps, lanes);
        ObjectNode result = json.createObjectNode();
        result.put("steps", map.steps().size());
        result.put("lanes", map.lanes().size());
        result.put("cards", map.steps().stream().mapToInt(s -> s.cells().values().stream().mapToInt(List::size)
                .sum()).sum());
        for (int warm = 0; warm < 2; warm++) {
            BoardImages.image(new BoardLayout(JourneyBoards.toBoard(map, Map.of())), BoardTheme.standard(), 0.2);
        }
        long started = System.nanoTime();
        Board board = JourneyBoards.toBoard(map, Map.of());
        result.put("board_ms", millis(started));
        started = System.nanoTime();
        BoardLayout layout = new BoardLayout(board);
        result.put("layout_ms", millis(started));
        result.put("board_width_px", Math.round(layout.width()));
        result.put("board_height_px", Math.round(layout.height()));
        PaintBench.java2d(layout, result);
        PaintBench.swt(layout, result);
        started = System.nanoTime();
        ByteArrayOutputStream svg = new ByteArrayOutputStream();
        JourneyImages.svg(map, Map.of(), svg);
        result.put("svg_export_ms", millis(started));
        result.put("svg_bytes", svg.size());
        started = System.nanoTime();
        CountingStream png = new CountingStream();
        JourneyImages.png(map, Map.of(), png);
        result.put("png_export_ms", millis(started));
        result.put("png_bytes", png.count);
        result.put("png_scale", BoardImages.pngScale(layout, JourneyImages.PNG_SCALE));
        result.put("svg_valid_utf8", new String(svg.toByteArray(), StandardCharsets.UTF_8).endsWith("</svg>\n"));
        return result;
    }

    static double millis(long started) {
        return Math.round((System.nanoTime() - started) / 10_000.0) / 100.0;
    }

    /** Counts bytes instead of keeping them. */
    private static final class CountingStream extends OutputStream {
        private long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}

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

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;
import org.parley.model.journey.JourneyMap;
import org.parley.model.journey.JourneyStage;
import org.parley.model.journey.JourneyStep;
import org.parley.journey.TouchpointFigure;
import org.parley.journey.board.JourneyBoards;
import org.parley.journey.board.internal.BenchJourney;
import org.parley.journey.board.internal.BoardJourneyImageExporter;
import org.parley.journey.board.internal.JourneyBenchCommand;
import org.parley.ui.board.Board;
import org.parley.ui.board.Card;
import org.parley.ui.board.Marker;
import org.parley.ui.board.RowKind;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class JourneyImagesTest {

    private final JourneyMap map = Journeys.complaint();
    private final Map<String, TouchpointFigure> figures = Map.of("tp-tweet", new TouchpointFigure("tp-tweet", 42,
            OptionalDouble.of(-0.61), Optional.of(Duration.ofMinutes(200)), 30));

    @Test
    void theBoardShowsStagesStepsLanesTheEmotionCurveMarkersAndLiveFigures() {
        Board board = JourneyBoards.toBoard(map, figures);
        assertEquals(List.of("Notice", "Complain & resolve"), board.groups().stream().map(g -> g.title()).toList());
        assertEquals(3, board.columns().size());
        assertEquals(map.lanes().size(), board.rows().size());
        int emotion = board.rowIndex("emotion");
        assertEquals(RowKind.CURVE, board.rows().get(emotion).kind());
        assertEquals(-2.0, board.value(emotion, board.columnIndex("step-tweet")));
        Card touchpoint = board.cards(board.rowIndex(Journeys.TOUCHPOINTS), 1).get(0);
        assertEquals(List.of("42 msgs", "sentiment -0.61", "1st reply 3h 20m"), touchpoint.badges());
        assertEquals(Marker.PAIN, board.cards(board.rowIndex(Journeys.PAIN), 1).get(0).marker());
        Card opportunity = board.cards(board.rowIndex(Journeys.OPPORTUNITIES), 2).get(0);
        assertEquals(Marker.OPPORTUNITY, opportunity.marker());
        assertEquals(List.of("High", "Planned", "Service"), opportunity.badges());
        assertEquals("Service", board.cards(board.rowIndex("owning-function"), 1).get(0).text());
    }

    @Test
    void theSvgExportIsValidAndNamesEveryStageAndStep() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new BoardJourneyImageExporter().write(map, figures, "svg", out);
        Document svg = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(out.toByteArray()));
        List<String> texts = new ArrayList<>();
        for (String tag : List.of("text", "title")) {
            NodeList nodes = svg.getElementsByTagName(tag);
            for (int i = 0; i < nodes.getLength(); i++) {
                texts.add(nodes.item(i).getTextContent());
            }
        }
        for (JourneyStage stage : map.stages()) {
            assertTrue(texts.contains(stage.name()), stage.name());
        }
        for (JourneyStep step : map.steps()) {
            assertTrue(texts.contains(step.name()), step.name());
        }
        assertTrue(texts.contains("42 msgs"), "live figures are in the picture");
    }

    @Test
    void thePngExportIsATwiceSizedPicture() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new BoardJourneyImageExporter().write(map, Map.of(), "png", out);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
        assertTrue(image.getWidth() > 1000, "width " + image.getWidth());
        assertThrows(IllegalArgumentException.class,
                () -> new BoardJourneyImageExporter().write(map, Map.of(), "pdf", new ByteArrayOutputStream()));
    }

    @Test
    void theBenchmarkPrintsEveryFigureItPromises() throws Exception {
        ObjectNode figures = new JourneyBenchCommand().run(30, 12);
        for (String key : List.of("board_ms", "layout_ms", "java2d_screen_frame_ms", "java2d_whole_board_ms",
                "svg_export_ms", "png_export_ms", "svg_bytes", "png_bytes")) {
            assertTrue(figures.has(key), key + " in " + figures);
        }
        assertEquals(30, figures.get("steps").asInt());
        assertEquals(12, figures.get("lanes").asInt());
    }

    @Test
    void theBenchmarkJourneyHas300StepsAnd12Lanes() {
        JourneyMap large = BenchJourney.build(300, 12);
        assertEquals(300, large.steps().size());
        assertEquals(12, large.lanes().size());
        Board board = JourneyBoards.toBoard(large, Map.of());
        assertEquals(300, board.columns().size());
    }
}

/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.ui.board.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.parley.ui.board.Board;
import org.parley.ui.board.BoardColumn;
import org.parley.ui.board.BoardGroup;
import org.parley.ui.board.BoardImages;
import org.parley.ui.board.BoardLayout;
import org.parley.ui.board.BoardTheme;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class BoardImagesTest {

    private final Board board = Boards.complaint();
    private final BoardLayout layout = new BoardLayout(board);

    @Test
    void theSvgIsValidXmlAndNamesEveryStageAndStep() throws Exception {
        String svg = BoardImages.svg(layout, BoardTheme.standard());
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertEquals("svg", doc.getDocumentElement().getTagName());
        List<String> texts = new ArrayList<>();
        NodeList nodes = doc.getElementsByTagName("text");
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        NodeList titles = doc.getElementsByTagName("title");
        for (int i = 0; i < titles.getLength(); i++) {
            texts.add(titles.item(i).getTextContent());
        }
        for (BoardGroup group : board.groups()) {
            assertTrue(texts.contains(group.title()), group.title());
        }
        for (BoardColumn column : board.columns()) {
            assertTrue(texts.contains(column.title()), column.title());
        }
        assertTrue(texts.contains("DM follow-up & refund <fast>"), "special characters survive escaping");
        assertTrue(svg.contains("<polyline"), "the emotion curve is drawn");
    }

    @Test
    void thePngShowsTheBoardInItsColours() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BoardImages.png(layout, BoardTheme.standard(), 1, out);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
        assertEquals((int) Math.ceil(layout.width()), image.getWidth());
        assertEquals((int) Math.ceil(layout.height()), image.getHeight());
        int stage = image.getRGB((int) layout.groupRect(0).x() + 3, 3) & 0xFFFFFF;
        assertEquals(BoardTheme.standard().stage(0), stage, "the first stage header has the first stage colour");
        int painCard = image.getRGB((int) layout.cardRects(1, 2).get(1).x() + 30,
                (int) layout.cardRects(1, 2).get(1).bottom() - 3) & 0xFFFFFF;
        assertNotEquals(0xFFFFFF, painCard, "a pain point card is tinted");
    }

    @Test
    void aVeryLargeBoardIsScaledDownToAnOpenablePng() {
        BoardLayout large = new BoardLayout(Boards.large(300, 12));
        double scale = BoardImages.pngScale(large, 1);
        assertTrue(large.width() * scale <= BoardImages.MAX_PNG_SIDE + 1);
        assertTrue(scale < 1);
    }
}

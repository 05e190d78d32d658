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

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.parley.journey.JourneyImageExporter;
import org.parley.model.journey.JourneyMap;
import org.parley.journey.TouchpointFigure;
import org.parley.journey.board.JourneyImages;

/**
 * Journey images drawn with the board kit: SVG as text, PNG through Java2D, both headless.
 */
@Component(service = JourneyImageExporter.class)
public final class BoardJourneyImageExporter implements JourneyImageExporter {

    @Override
    public Set<String> formats() {
        return Set.of("svg", "png");
    }

    @Override
    public void write(JourneyMap map, Map<String, TouchpointFigure> figures, String format, OutputStream out)
            throws IOException {
        Map<String, TouchpointFigure> shown = figures == null ? Map.of() : figures;
        switch (format == null ? "" : format) {
            case "svg" -> JourneyImages.svg(map, shown, out);
            case "png" -> JourneyImages.png(map, shown, out);
            default -> throw new IllegalArgumentException("Journey images are svg or png, not " + format);
        }
    }
}

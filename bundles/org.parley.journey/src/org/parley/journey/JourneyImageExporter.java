/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.journey;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.Set;
import org.parley.model.journey.JourneyMap;

/**
 * Draws a journey map as an image. Implemented by the board (a DS service);
 * {@code parley-cli journey
 * export --format svg|png} uses it when one is installed. Works without a display.
 */
public interface JourneyImageExporter {

    /** The formats this exporter writes, lower case: {@code svg}, {@code png}. */
    Set<String> formats();

    /**
     * Writes the image of a journey.
     *
     * @param figures
     *            live figures by touchpoint id, drawn as badges; empty for none
     * @param format
     *            one of {@link #formats()}
     * @throws IllegalArgumentException
     *             for a format not in {@link #formats()}
     */
    void write(JourneyMap map, Map<String, TouchpointFigure> figures, String format, OutputStream out)
            throws IOException;
}

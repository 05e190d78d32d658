/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.journey.board.command;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.parley.model.journey.JourneyMap;

/**
 * The journey an editor is editing. Journey maps are immutable values, so the document just holds
 * the current one; commands replace it and listeners (the canvas, the properties panel) redraw.
 */
public final class JourneyDocument {

    private final List<Consumer<JourneyMap>> listeners = new CopyOnWriteArrayList<>();
    private JourneyMap map;

    public JourneyDocument(JourneyMap map) {
        this.map = Objects.requireNonNull(map);
    }

    public JourneyMap map() {
        return map;
    }

    /** Replaces the journey and tells the listeners. */
    public void set(JourneyMap newMap) {
        map = Objects.requireNonNull(newMap);
        for (Consumer<JourneyMap> listener : listeners) {
            listener.accept(newMap);
        }
    }

    public void addListener(Consumer<JourneyMap> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<JourneyMap> listener) {
        listeners.remove(listener);
    }
}

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
 * the current one; commands replace it and listeners (the canvas, the properties panel) redraw. The
 * stored revision is kept apart from the maps: undo brings back an older map, not an older
 * revision, so saving after an undo is no conflict with the editor's own earlier save.
 */
public final class JourneyDocument {

    private final List<Consumer<JourneyMap>> listeners = new CopyOnWriteArrayList<>();
    private JourneyMap map;
    private long revision;

    public JourneyDocument(JourneyMap map) {
        this.map = Objects.requireNonNull(map);
        this.revision = map.revision();
    }

    /** The map to save: the current one, at the revision the editor last read or saved. */
    public JourneyMap toSave() {
        return map.withRevision(revision);
    }

    /** Takes note of a save: its revision, and for a journey saved the first time, its row. */
    public void stored(JourneyMap saved) {
        revision = saved.revision();
        if (map.databaseId() == null) {
            set(saved);
        }
    }

    /** The stored revision the next save builds on. */
    public long revision() {
        return revision;
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

/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.ingest;

/**
 * What one run of ingestion did: how many messages it added, updated (changed upstream since they
 * were stored), found already stored as they are, how many records it quarantined, and how many it
 * skipped because the source's settings leave them out (a feed's keyword filter). Skipped records
 * are counted for this run only; a source's last report keeps the other four.
 */
public record IngestReport(long added, long updated, long duplicates, long quarantined, long skipped) {

    /** A run that did nothing. */
    public static final IngestReport EMPTY = new IngestReport(0, 0, 0, 0);

    /** A report of a run that skipped nothing. */
    public IngestReport(long added, long updated, long duplicates, long quarantined) {
        this(added, updated, duplicates, quarantined, 0);
    }

    /** The sum of two reports (for a folder of files, or a run and its resumption). */
    public IngestReport plus(IngestReport other) {
        return new IngestReport(added + other.added, updated + other.updated, duplicates + other.duplicates,
                quarantined + other.quarantined, skipped + other.skipped);
    }

    /** Messages read in all: added, updated and duplicates. */
    public long messages() {
        return added + updated + duplicates;
    }

    /**
     * The report as the one JSON line {@code parley-cli import} prints; {@code "skipped"} is there only
     * when records were skipped.
     */
    public String toJson() {
        return "{\"added\":" + added + ",\"updated\":" + updated + ",\"duplicates\":" + duplicates
                + ",\"quarantined\":" + quarantined + (skipped > 0 ? ",\"skipped\":" + skipped : "") + "}";
    }
}

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

import java.time.Instant;

/**
 * A record in the quarantine: something a connector could not read, kept with where it came from,
 * why it was refused and its raw bytes, until it is retried or discarded.
 *
 * @param id
 *            the quarantine entry's id
 * @param sourceId
 *            the source it came from, or 0 for a file imported without a source
 * @param connectorId
 *            the connector that refused it
 * @param origin
 *            the file it came from, or {@code pull} / {@code push}
 * @param position
 *            where in the origin: {@code line 214}, {@code byte 88213}, a Message-ID, a URL
 * @param reason
 *            why it was refused
 * @param raw
 *            its bytes exactly as read (empty in listings, see {@link QuarantineService#get})
 * @param size
 *            how many raw bytes it has
 * @param at
 *            when it was quarantined (or last retried)
 * @param status
 *            open, resolved by a retry, or discarded
 */
public record QuarantinedRecord(long id, long sourceId, String connectorId, String origin, String position,
        String reason, byte[] raw, long size, Instant at, Status status) {

    /** Where a quarantined record stands. */
    public enum Status {
        /** Waiting for a person: retry or discard it. */
        OPEN,
        /** A retry read it: its messages are stored. */
        RESOLVED,
        /** A person decided it is not worth keeping. */
        DISCARDED
    }

    public QuarantinedRecord {
        raw = raw == null ? new byte[0] : raw;
    }
}

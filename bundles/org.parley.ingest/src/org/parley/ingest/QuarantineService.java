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

import java.util.List;
import java.util.Optional;

import org.parley.store.Store;

/**
 * The quarantine of a store: records connectors could not read. A person lists them, looks at one,
 * retries it (after fixing the connector or its settings) or discards it.
 */
public interface QuarantineService {

    /** The records with the given status, oldest first, without their raw bytes. */
    List<QuarantinedRecord> list(Store store, QuarantinedRecord.Status status);

    /** One record with its raw bytes. */
    Optional<QuarantinedRecord> get(Store store, long id);

    /**
     * Reads an open record again with its connector (the raw bytes as a file of the same kind as its
     * origin). When that yields messages and refuses nothing, they are stored and the record is
     * resolved; otherwise it stays open with the new reason.
     *
     * @return what the retry stored
     * @throws IllegalArgumentException
     *             when there is no open record with that id, or its connector is not installed or
     *             cannot read files
     */
    IngestReport retry(Store store, long id);

    /** Retries every open record; those that fail again stay open. */
    IngestReport retryAll(Store store);

    /**
     * Marks a record discarded (its raw bytes are dropped); returns whether there was such a record.
     */
    boolean discard(Store store, long id);
}

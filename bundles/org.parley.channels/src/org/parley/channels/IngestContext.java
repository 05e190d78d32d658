/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.channels;

import java.util.Optional;

/**
 * What a connector reads into during {@link ChannelConnector#importFile} or
 * {@link ChannelConnector#pull}. Given by the ingestion pipeline; not thread-safe, use it from the
 * thread that called the connector.
 */
public interface IngestContext {

    /** The settings of the source being read (secrets are not among them: see {@link #secret}). */
    ConnectorSettings settings();

    /**
     * A secret setting of the source (a token, a password), read from secure storage. Never log it,
     * never put it in a message or exception text.
     */
    Optional<char[]> secret(String key);

    /**
     * Where the last run of this source stopped: the position last passed to {@link #checkpoint}, or
     * empty for a first run. The connector skips everything up to and including it.
     */
    Optional<String> resumeFrom();

    /** Hands over one message. It is stored when the connector next passes a checkpoint. */
    void message(InboundMessage message);

    /** Hands over a record that could not be read; the run goes on. */
    void quarantine(QuarantineRecord record);

    /**
     * Says that one record was read and left out on purpose, because the source's settings exclude it
     * (a keyword filter that it does not match): it is counted in the run's report, neither stored nor
     * quarantined. The default ignores it.
     */
    default void skipped() {
        // a context that does not count skipped records
    }

    /**
     * Says that everything handed over so far is all there is up to {@code position} (a byte offset, a
     * line number, an API cursor). The pipeline commits the messages and the position in one
     * transaction, so a run stopped at any moment resumes after the last checkpoint, losing and
     * duplicating nothing. Call it regularly (every few hundred records) and at the end.
     */
    void checkpoint(String position);

    /** Whether the user cancelled the run; a connector checks it between records and returns early. */
    boolean isCanceled();

    /**
     * Reports progress for the user: {@code done} of {@code total} units (bytes, records, pages), total
     * negative when unknown.
     */
    void progress(long done, long total);
}

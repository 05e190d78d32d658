/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.ingest.internal;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.parley.channels.ChannelConnector;
import org.parley.channels.ConnectorSettings;
import org.parley.channels.InboundMessage;
import org.parley.channels.ListenContext;
import org.parley.channels.QuarantineRecord;
import org.parley.ingest.IngestReport;
import org.parley.store.Store;
import org.parley.store.StoreException;

/**
 * Stores pushed messages one at a time, each in its own transaction before the connector
 * acknowledges it. Thread-safe: an endpoint may deliver from several threads.
 */
final class PushDelivery implements ListenContext {

    private final Store store;
    private final Origin origin;
    private final ConnectorSettings settings;
    private final Function<String, Optional<char[]>> secrets;
    private final BatchWriter writer;

    PushDelivery(Store store, ChannelConnector connector, Origin origin, ConnectorSettings settings,
            Function<String, Optional<char[]>> secrets) {
        this.writer = new BatchWriter(false, connector);
        this.store = store;
        this.origin = origin;
        this.settings = settings;
        this.secrets = secrets;
    }

    @Override
    public ConnectorSettings settings() {
        return settings;
    }

    @Override
    public Optional<char[]> secret(String key) {
        return secrets.apply(key);
    }

    @Override
    public synchronized Delivery deliver(InboundMessage message) throws IOException {
        Optional<String> problem = Validation.problemWith(message);
        if (problem.isPresent()) {
            throw new IOException("The message cannot be stored: " + problem.get());
        }
        IngestReport report = write(List.of(Hashed.of(message, writer.reuse())), List.of());
        if (report.added() > 0) {
            return Delivery.ADDED;
        }
        return report.updated() > 0 ? Delivery.UPDATED : Delivery.DUPLICATE;
    }

    @Override
    public synchronized void quarantine(QuarantineRecord record) {
        try {
            write(List.of(), List.of(record));
        } catch (IOException e) {
            throw new StoreException(e.getMessage(), e);
        }
    }

    private IngestReport write(List<Hashed> messages, List<QuarantineRecord> records) throws IOException {
        try {
            return store.jdbc(c -> writer.write(c, messages, records, origin, BatchWriter.CheckpointMove.KEEP, null));
        } catch (StoreException e) {
            writer.forget();
            throw new IOException("Could not store the pushed message: " + e.getMessage(), e);
        }
    }
}

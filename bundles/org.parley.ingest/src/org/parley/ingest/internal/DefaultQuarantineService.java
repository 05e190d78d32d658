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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parley.channels.Capability;
import org.parley.channels.ChannelConnector;
import org.parley.channels.ConnectorSettings;
import org.parley.channels.QuarantineRecord;
import org.parley.ingest.IngestReport;
import org.parley.ingest.IngestService;
import org.parley.ingest.QuarantineService;
import org.parley.ingest.QuarantinedRecord;
import org.parley.ingest.QuarantinedRecord.Status;
import org.parley.ingest.SecretStore;
import org.parley.ingest.Source;
import org.parley.store.Store;

/**
 * The quarantine as an OSGi service. A retry hands the record's raw bytes, as a file named like its
 * origin, to the connector's file import: records of line-based formats (JSON lines, a CSV row with
 * its header, one MIME message) are read again exactly as a file of their own.
 */
@Component(service = QuarantineService.class)
public final class DefaultQuarantineService implements QuarantineService {

    private final IngestService ingest;
    private final SecretStore secrets;

    @Activate
    public DefaultQuarantineService(@Reference IngestService ingest, @Reference SecretStore secrets) {
        this.ingest = ingest;
        this.secrets = secrets;
    }

    @Override
    public List<QuarantinedRecord> list(Store store, Status status) {
        return store.query(c -> QuarantineTable.list(c, status == null ? Status.OPEN : status));
    }

    @Override
    public Optional<QuarantinedRecord> get(Store store, long id) {
        return store.query(c -> QuarantineTable.get(c, id));
    }

    @Override
    public IngestReport retry(Store store, long id) {
        QuarantinedRecord record = get(store, id).filter(r -> r.status() == Status.OPEN)
                .orElseThrow(() -> new IllegalArgumentException("There is no open quarantined record " + id));
        ChannelConnector connector = ingest.connector(record.connectorId())
                .filter(c -> c.capabilities().contains(Capability.FILE_IMPORT))
                .orElseThrow(() -> new IllegalArgumentException("The connector '" + record.connectorId()
                        + "' is not installed or cannot read files, so record " + id + " cannot be retried"));
        try {
            return retry(store, record, connector);
        } catch (IOException e) {
            String reason = "retry failed: " + e.getMessage();
            setStatus(store, id, Status.OPEN, reason);
            return new IngestReport(0, 0, 0, 1);
        }
    }

    private IngestReport retry(Store store, QuarantinedRecord record, ChannelConnector connector)
            throws IOException {
        Path folder = Files.createTempDirectory("parley-retry");
        try {
            Path file = folder.resolve(fileName(record));
            Files.write(file, record.raw());
            PipelineRun run = new PipelineRun(store, new BatchWriter(false, connector),
                    Origin.file(record.sourceId(), connector.id(), file), settingsOf(store, record, connector),
                    key -> record.sourceId() == 0
                            ? Optional.empty()
                            : secrets.get(store.settings().workspace(), record.sourceId(), key),
                    new NullProgressMonitor()).capturingRefused();
            connector.importFile(file, run);
            IngestReport report = run.finish(true);
            List<QuarantineRecord> refused = run.captured();
            if (!refused.isEmpty()) {
                setStatus(store, record.id(), Status.OPEN, refused.get(0).reason());
                return new IngestReport(report.added(), report.updated(), report.duplicates(), 1);
            }
            if (report.messages() == 0) {
                setStatus(store, record.id(), Status.OPEN, "a retry read no message from it");
                return new IngestReport(0, 0, 0, 1);
            }
            setStatus(store, record.id(), Status.RESOLVED, null);
            return report;
        } finally {
            deleteTree(folder);
        }
    }

    private ConnectorSettings settingsOf(Store store, QuarantinedRecord record, ChannelConnector connector) {
        Optional<Source> source = record.sourceId() == 0 ? Optional.empty() : ingest.source(store, record.sourceId());
        return source.map(s -> new ConnectorSettings(connector.settings(), s.settings()))
                .orElseGet(() -> ConnectorSettings.defaults(connector.settings()));
    }

    /** A name with the origin's extension, so the connector recognises the format. */
    private static String fileName(QuarantinedRecord record) {
        String origin = record.origin() == null ? "" : Path.of(record.origin()).getFileName().toString();
        int dot = origin.lastIndexOf('.');
        return "quarantined-" + record.id() + (dot > 0 ? origin.substring(dot) : "");
    }

    @Override
    public IngestReport retryAll(Store store) {
        IngestReport total = IngestReport.EMPTY;
        for (QuarantinedRecord record : list(store, Status.OPEN)) {
            try {
                total = total.plus(retry(store, record.id()));
            } catch (IllegalArgumentException e) {
                total = total.plus(new IngestReport(0, 0, 0, 1));
            }
        }
        return total;
    }

    @Override
    public boolean discard(Store store, long id) {
        return setStatus(store, id, Status.DISCARDED, null);
    }

    private static boolean setStatus(Store store, long id, Status status, String reason) {
        return store.jdbc(c -> QuarantineTable.setStatus(c, id, status, reason));
    }

    private static void deleteTree(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}

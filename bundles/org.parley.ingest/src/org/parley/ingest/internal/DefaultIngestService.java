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
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.parley.channels.Capability;
import org.parley.channels.ChannelConnector;
import org.parley.channels.ConnectorSettings;
import org.parley.channels.Listener;
import org.parley.ingest.IngestReport;
import org.parley.ingest.IngestService;
import org.parley.ingest.SecretStore;
import org.parley.ingest.Source;
import org.parley.store.Store;

/**
 * The ingestion pipeline as an OSGi service. Connectors are a dynamic, multiple reference: a
 * connector bundle installed later is used at once.
 */
@Component(service = IngestService.class)
public final class DefaultIngestService implements IngestService {

    private final Map<String, ChannelConnector> connectors = new ConcurrentSkipListMap<>();
    private final SecretStore secrets;

    @Activate
    public DefaultIngestService(@Reference SecretStore secrets) {
        this.secrets = secrets;
    }

    @Reference(service = ChannelConnector.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, unbind = "removeConnector")
    public void addConnector(ChannelConnector connector) {
        connectors.putIfAbsent(connector.id(), connector);
    }

    public void removeConnector(ChannelConnector connector) {
        connectors.remove(connector.id(), connector);
    }

    @Override
    public List<ChannelConnector> connectors() {
        return List.copyOf(connectors.values());
    }

    @Override
    public Optional<ChannelConnector> connector(String id) {
        return Optional.ofNullable(id == null ? null : connectors.get(id));
    }

    private ChannelConnector require(String id, Capability capability) {
        ChannelConnector connector = connector(id).orElseThrow(() -> new IllegalArgumentException(
                "No connector '" + id + "' is installed; installed: " + String.join(", ", connectors.keySet())));
        if (!connector.capabilities().contains(capability)) {
            throw new IllegalArgumentException(connector.displayName() + " cannot " + switch (capability) {
                case FILE_IMPORT -> "import files";
                case API_PULL -> "pull from an API";
                case WEBHOOK_PUSH -> "receive pushed messages";
                default -> capability.name();
            });
        }
        return connector;
    }

    @Override
    public IngestReport importPath(Store store, String connectorId, Path fileOrFolder, IProgressMonitor monitor)
            throws IOException {
        ChannelConnector connector = require(connectorId, Capability.FILE_IMPORT);
        return new FileImport(store, connector, 0, ConnectorSettings.defaults(connector.settings()),
                key -> Optional.empty()).run(fileOrFolder, orNull(monitor));
    }

    @Override
    public IngestReport importPath(Store store, long sourceId, Path fileOrFolder, IProgressMonitor monitor)
            throws IOException {
        Source source = requireSource(store, sourceId);
        ChannelConnector connector = require(source.connectorId(), Capability.FILE_IMPORT);
        FileImport run = new FileImport(store, connector, sourceId, settings(connector, source),
                secretsOf(store, sourceId));
        return recorded(store, sourceId, () -> run.run(fileOrFolder, orNull(monitor)));
    }

    @Override
    public IngestReport pull(Store store, long sourceId, IProgressMonitor monitor) throws IOException {
        Source source = requireSource(store, sourceId);
        ChannelConnector connector = require(source.connectorId(), Capability.API_PULL);
        IProgressMonitor progress = orNull(monitor);
        progress.beginTask("Polling " + source.name(), PipelineRun.units());
        PipelineRun run = new PipelineRun(store, new BatchWriter(true, connector),
                Origin.pull(sourceId, connector.id()),
                settings(connector, source), secretsOf(store, sourceId), progress);
        try {
            return recorded(store, sourceId, () -> {
                connector.pull(run);
                return run.finish(false);
            });
        } finally {
            progress.done();
        }
    }

    @Override
    public Listener listen(Store store, long sourceId) throws IOException {
        Source source = requireSource(store, sourceId);
        ChannelConnector connector = require(source.connectorId(), Capability.WEBHOOK_PUSH);
        return connector.listen(new PushDelivery(store, connector, Origin.push(sourceId, connector.id()),
                settings(connector, source), secretsOf(store, sourceId)));
    }

    /** A run whose outcome (report or error) is recorded as the source's last run. */
    @FunctionalInterface
    private interface Run {
        IngestReport run() throws IOException;
    }

    private static IngestReport recorded(Store store, long sourceId, Run run) throws IOException {
        try {
            IngestReport report = run.run();
            store.jdbc(c -> {
                SourceTable.recordRun(c, sourceId, report, null);
                return null;
            });
            return report;
        } catch (IOException | RuntimeException e) {
            String error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            store.jdbc(c -> {
                SourceTable.recordRun(c, sourceId, null, error);
                return null;
            });
            throw e;
        }
    }

    private static ConnectorSettings settings(ChannelConnector connector, Source source) {
        ConnectorSettings settings = new ConnectorSettings(connector.settings(), source.settings());
        List<String> problems = settings.problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Source '" + source.name() + "': " + String.join("; ", problems));
        }
        return settings;
    }

    private Function<String, Optional<char[]>> secretsOf(Store store, long sourceId) {
        Path workspace = store.settings().workspace();
        return key -> secrets.get(workspace, sourceId, key);
    }

    private static IProgressMonitor orNull(IProgressMonitor monitor) {
        return monitor == null ? new NullProgressMonitor() : monitor;
    }

    private Source requireSource(Store store, long id) {
        return source(store, id).orElseThrow(() -> new IllegalArgumentException("There is no source " + id));
    }

    @Override
    public List<Source> sources(Store store) {
        List<Source> sources = new ArrayList<>(store.query(SourceTable::list));
        sources.sort(Comparator.comparing(Source::name, String.CASE_INSENSITIVE_ORDER));
        return sources;
    }

    @Override
    public Optional<Source> source(Store store, long id) {
        return store.query(c -> SourceTable.get(c, id));
    }

    @Override
    public Source save(Store store, Source source) {
        ChannelConnector connector = connector(source.connectorId()).orElseThrow(
                () -> new IllegalArgumentException("No connector '" + source.connectorId() + "' is installed"));
        if (source.name().isBlank()) {
            throw new IllegalArgumentException("A source needs a name");
        }
        settings(connector, source);
        long id = store.jdbc(c -> {
            if (source.id() == 0) {
                return SourceTable.insert(c, source);
            }
            SourceTable.update(c, source);
            return source.id();
        });
        return source(store, id).orElseThrow();
    }

    @Override
    public void remove(Store store, long id) {
        store.jdbc(c -> {
            SourceTable.delete(c, id);
            return null;
        });
        secrets.removeAll(store.settings().workspace(), id);
    }

    @Override
    public AutoCloseable schedulePolls(Store store) {
        PollScheduler scheduler = new PollScheduler(this, store);
        scheduler.schedule();
        return scheduler;
    }
}

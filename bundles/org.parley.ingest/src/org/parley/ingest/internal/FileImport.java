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
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.parley.channels.ChannelConnector;
import org.parley.channels.ConnectorSettings;
import org.parley.channels.QuarantineRecord;
import org.parley.ingest.IngestReport;
import org.parley.store.Store;

/**
 * Imports a file, or the files of a folder the connector understands, each file resuming from its
 * own checkpoint. In a folder, a file that cannot be read at all is quarantined as a whole and the
 * other files go on; a single file that cannot be read fails the run.
 */
final class FileImport {

    private final Store store;
    private final ChannelConnector connector;
    private final long sourceId;
    private final ConnectorSettings settings;
    private final Function<String, Optional<char[]>> secrets;
    private final BatchWriter writer;

    FileImport(Store store, ChannelConnector connector, long sourceId, ConnectorSettings settings,
            Function<String, Optional<char[]>> secrets) {
        this.store = store;
        this.connector = connector;
        this.writer = new BatchWriter(true, connector);
        this.sourceId = sourceId;
        this.settings = settings;
        this.secrets = secrets;
    }

    IngestReport run(Path fileOrFolder, IProgressMonitor monitor) throws IOException {
        if (!Files.exists(fileOrFolder)) {
            throw new NoSuchFileException(fileOrFolder.toString(), null, "no such file or folder");
        }
        if (!Files.isDirectory(fileOrFolder)) {
            SubMonitor progress = SubMonitor.convert(monitor, "Importing " + fileOrFolder.getFileName(),
                    PipelineRun.units());
            return importFile(fileOrFolder, progress);
        }
        List<Path> files = filesOf(fileOrFolder);
        SubMonitor progress = SubMonitor.convert(monitor, "Importing " + fileOrFolder.getFileName(),
                files.size() * PipelineRun.units());
        IngestReport report = IngestReport.EMPTY;
        for (Path file : files) {
            if (progress.isCanceled()) {
                break;
            }
            progress.subTask(file.getFileName().toString());
            try {
                report = report.plus(importFile(file, progress.newChild(PipelineRun.units())));
            } catch (IOException | RuntimeException e) {
                report = report.plus(quarantineWholeFile(file, e));
            }
        }
        return report;
    }

    private List<Path> filesOf(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .filter(this::canImport)
                    .sorted()
                    .toList();
        }
    }

    private boolean canImport(Path file) {
        try {
            return connector.canImport(file);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private IngestReport importFile(Path file, IProgressMonitor monitor) throws IOException {
        PipelineRun run = new PipelineRun(store, writer, Origin.file(sourceId, connector.id(), file), settings,
                secrets, monitor);
        connector.importFile(file, run);
        return run.finish(true);
    }

    private IngestReport quarantineWholeFile(Path file, Exception e) {
        Origin origin = Origin.file(sourceId, connector.id(), file);
        String reason = "the file could not be read: "
                + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        return store.jdbc(c -> writer.write(c, List.of(), List.of(new QuarantineRecord("whole file", reason, null)),
                origin, BatchWriter.CheckpointMove.KEEP, null));
    }
}

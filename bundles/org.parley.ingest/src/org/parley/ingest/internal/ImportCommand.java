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

import java.nio.file.Path;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parley.channels.Capability;
import org.parley.cli.command.CliCommand;
import org.parley.cli.command.CliContext;
import org.parley.cli.command.UsageException;
import org.parley.ingest.IngestReport;
import org.parley.ingest.IngestService;
import org.parley.ingest.Source;

import picocli.CommandLine.Parameters;

/**
 * {@code parley-cli import <connector-id> <file-or-folder>}: prints one line
 * {@code {"added":N,"updated":N,"duplicates":N,"quarantined":N}}; exits 0 even when records were
 * quarantined, 1 when the run failed as a whole, 2 for an unknown connector.
 */
@Component(property = CliCommand.NAME + "=import")
public final class ImportCommand implements CliCommand<ImportCommand.Arguments> {

    private final IngestService ingest;

    @Activate
    public ImportCommand(@Reference IngestService ingest) {
        this.ingest = ingest;
    }

    /** What to import and how to read it. */
    static final class Arguments {
        @Parameters(index = "0", paramLabel = "<connector-id|source-id>", description = "a connector's id (its"
                + " defaults), or a source's id (its settings; the run is recorded on the source)")
        String target;
        @Parameters(index = "1", paramLabel = "<file-or-folder>", description = "a file, or a folder whose files"
                + " the connector understands")
        Path path;
    }

    @Override
    public Arguments arguments() {
        return new Arguments();
    }

    @Override
    public String summary() {
        return "import a file, or every file of a folder the connector understands, with a connector's defaults"
                + " or a source's settings (by its id); prints the counts as JSON";
    }

    @Override
    public int execute(CliContext context, Arguments arguments) throws Exception {
        String target = arguments.target;
        Path path = arguments.path;
        IngestReport report;
        if (ingest.connector(target).isEmpty() && target.matches("[0-9]{1,18}")) {
            long sourceId = Long.parseLong(target);
            Source source = ingest.source(context.store(), sourceId).orElseThrow(() -> new UsageException(
                    "there is no source " + target + " and no connector '" + target + "'"));
            requireFileImport(source.connectorId());
            report = ingest.importPath(context.store(), sourceId, path, null);
        } else {
            requireFileImport(target);
            report = ingest.importPath(context.store(), target, path, null);
        }
        context.out().println(report.toJson());
        return OK;
    }

    private void requireFileImport(String connectorId) throws UsageException {
        var connector = ingest.connector(connectorId).orElseThrow(() -> new UsageException("unknown connector '"
                + connectorId + "'; installed: " + ConnectorsCommand.ids(ingest)));
        if (!connector.capabilities().contains(Capability.FILE_IMPORT)) {
            throw new UsageException("the connector '" + connectorId + "' does not import files");
        }
    }
}

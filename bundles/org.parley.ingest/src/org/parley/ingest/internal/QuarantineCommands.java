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

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parley.cli.command.CliCommand;
import org.parley.cli.command.CliContext;
import org.parley.ingest.IngestReport;
import org.parley.ingest.QuarantineService;
import org.parley.ingest.QuarantinedRecord;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code quarantine show <id>}, {@code quarantine retry <id>|--all},
 * {@code quarantine discard <id>}.
 */
public final class QuarantineCommands {

    private QuarantineCommands() {
    }

    /** The one record a command acts on. */
    static final class RecordId {
        @Parameters(paramLabel = "<id>", description = "the quarantined record's id (see 'quarantine')")
        long id;
    }

    /** One record, or every open one. */
    static final class RetryArguments {
        @ArgGroup(exclusive = true, multiplicity = "1")
        Which which;

        /** {@code <id>} or {@code --all}, never both. */
        static final class Which {
            @Parameters(paramLabel = "<id>", description = "the quarantined record's id (see 'quarantine')")
            Long id;
            @Option(names = "--all", description = "every open record")
            boolean all;
        }
    }

    /** {@code quarantine show <id>}: the record with its raw bytes. */
    @Component(property = CliCommand.NAME + "=quarantine show")
    public static final class Show implements CliCommand<RecordId> {
        private final QuarantineService quarantine;

        @Activate
        public Show(@Reference QuarantineService quarantine) {
            this.quarantine = quarantine;
        }

        @Override
        public RecordId arguments() {
            return new RecordId();
        }

        @Override
        public String summary() {
            return "print one quarantined record with its raw bytes (as text and Base64)";
        }

        @Override
        public int execute(CliContext context, RecordId arguments) throws Exception {
            long id = arguments.id;
            QuarantinedRecord record = quarantine.get(context.store(), id).orElse(null);
            if (record == null) {
                context.err().println("parley-cli: there is no quarantined record " + id);
                return FAILED;
            }
            context.out().println(QuarantineCommand.JSON.writeValueAsString(QuarantineCommand.describeWithRaw(record)));
            return OK;
        }
    }

    /** {@code quarantine retry <id>|--all}: reads records again with their connector. */
    @Component(property = CliCommand.NAME + "=quarantine retry")
    public static final class Retry implements CliCommand<RetryArguments> {
        private final QuarantineService quarantine;

        @Activate
        public Retry(@Reference QuarantineService quarantine) {
            this.quarantine = quarantine;
        }

        @Override
        public RetryArguments arguments() {
            return new RetryArguments();
        }

        @Override
        public String summary() {
            return "read quarantined records again with their connector; prints the counts as JSON";
        }

        @Override
        public int execute(CliContext context, RetryArguments arguments) throws Exception {
            IngestReport report;
            if (arguments.which.all) {
                report = quarantine.retryAll(context.store());
            } else {
                try {
                    report = quarantine.retry(context.store(), arguments.which.id);
                } catch (IllegalArgumentException e) {
                    context.err().println("parley-cli: " + e.getMessage());
                    return FAILED;
                }
            }
            context.out().println(report.toJson());
            return OK;
        }
    }

    /** {@code quarantine discard <id>}: gives up on a record. */
    @Component(property = CliCommand.NAME + "=quarantine discard")
    public static final class Discard implements CliCommand<RecordId> {
        private final QuarantineService quarantine;

        @Activate
        public Discard(@Reference QuarantineService quarantine) {
            this.quarantine = quarantine;
        }

        @Override
        public RecordId arguments() {
            return new RecordId();
        }

        @Override
        public String summary() {
            return "discard an open quarantined record (its raw bytes are dropped)";
        }

        @Override
        public int execute(CliContext context, RecordId arguments) throws Exception {
            long id = arguments.id;
            if (!quarantine.discard(context.store(), id)) {
                context.err().println("parley-cli: there is no open quarantined record " + id);
                return FAILED;
            }
            context.out().println("{\"discarded\":" + id + "}");
            return OK;
        }
    }
}

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

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parley.cli.command.CliCommand;
import org.parley.cli.command.CliContext;
import org.parley.cli.command.UsageException;
import org.parley.ingest.IngestReport;
import org.parley.ingest.QuarantineService;
import org.parley.ingest.QuarantinedRecord;

/**
 * {@code quarantine show <id>}, {@code quarantine retry <id>|--all},
 * {@code quarantine discard <id>}.
 */
public final class QuarantineCommands {

    private QuarantineCommands() {
    }

    static long id(List<String> args, String command) {
        if (args.size() != 1) {
            throw new UsageException("'quarantine " + command + "' takes the id of a quarantined record");
        }
        try {
            return Long.parseLong(args.get(0));
        } catch (NumberFormatException e) {
            throw new UsageException("'" + args.get(0) + "' is not a quarantine id");
        }
    }

    /** {@code quarantine show <id>}: the record with its raw bytes. */
    @Component(property = CliCommand.NAME + "=quarantine show")
    public static final class Show implements CliCommand {
        private final QuarantineService quarantine;

        @Activate
        public Show(@Reference QuarantineService quarantine) {
            this.quarantine = quarantine;
        }

        @Override
        public String synopsis() {
            return "<id>";
        }

        @Override
        public String summary() {
            return "print one quarantined record with its raw bytes (as text and Base64)";
        }

        @Override
        public int run(CliContext context, List<String> args) throws Exception {
            long id = id(args, "show");
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
    public static final class Retry implements CliCommand {
        private final QuarantineService quarantine;

        @Activate
        public Retry(@Reference QuarantineService quarantine) {
            this.quarantine = quarantine;
        }

        @Override
        public String synopsis() {
            return "<id>|--all";
        }

        @Override
        public String summary() {
            return "read quarantined records again with their connector; prints the counts as JSON";
        }

        @Override
        public int run(CliContext context, List<String> args) throws Exception {
            IngestReport report;
            if (args.equals(List.of("--all"))) {
                report = quarantine.retryAll(context.store());
            } else {
                long id = id(args, "retry");
                try {
                    report = quarantine.retry(context.store(), id);
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
    public static final class Discard implements CliCommand {
        private final QuarantineService quarantine;

        @Activate
        public Discard(@Reference QuarantineService quarantine) {
            this.quarantine = quarantine;
        }

        @Override
        public String synopsis() {
            return "<id>";
        }

        @Override
        public String summary() {
            return "discard an open quarantined record (its raw bytes are dropped)";
        }

        @Override
        public int run(CliContext context, List<String> args) throws Exception {
            long id = id(args, "discard");
            if (!quarantine.discard(context.store(), id)) {
                context.err().println("parley-cli: there is no open quarantined record " + id);
                return FAILED;
            }
            context.out().println("{\"discarded\":" + id + "}");
            return OK;
        }
    }
}

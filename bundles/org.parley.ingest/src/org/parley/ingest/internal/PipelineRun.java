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

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.parley.channels.ConnectorSettings;
import org.parley.channels.InboundMessage;
import org.parley.channels.IngestContext;
import org.parley.channels.QuarantineRecord;
import org.parley.ingest.IngestReport;
import org.parley.store.Store;

/**
 * One run of a connector into a store: collects the messages and refused records the connector
 * hands over and writes them, with the checkpoint, in one transaction at each checkpoint. What
 * comes after the last checkpoint of a cancelled or failed run is dropped; the next run resumes
 * from the checkpoint and reads it again.
 */
final class PipelineRun implements IngestContext {

    private static final int PROGRESS_UNITS = 1000;

    private final Store store;
    private final BatchWriter writer;
    private final Origin origin;
    private final ConnectorSettings settings;
    private final Function<String, Optional<char[]>> secrets;
    private final Optional<String> resumeFrom;
    private final IProgressMonitor monitor;
    private final List<Hashed> pending = new ArrayList<>();
    private final List<QuarantineRecord> refused = new ArrayList<>();
    private final List<QuarantineRecord> captured = new ArrayList<>();
    private boolean capture;
    private final Instant started = Instant.now();
    private IngestReport report = IngestReport.EMPTY;
    private long skipped;
    private int reported;

    PipelineRun(Store store, BatchWriter writer, Origin origin, ConnectorSettings settings,
            Function<String, Optional<char[]>> secrets, IProgressMonitor monitor) {
        this.store = store;
        this.writer = writer;
        this.origin = origin;
        this.settings = settings;
        this.secrets = secrets;
        this.monitor = monitor;
        this.resumeFrom = store.query(c -> Checkpoints.read(c, origin));
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
    public Optional<String> resumeFrom() {
        return resumeFrom;
    }

    @Override
    public void message(InboundMessage message) {
        Optional<String> problem = Validation.problemWith(message);
        if (problem.isPresent()) {
            quarantine(new QuarantineRecord("external id " + Sql.cut(message.externalId(), 200), problem.get(),
                    message.raw()));
        } else {
            pending.add(Hashed.of(message, writer.reuse()));
        }
    }

    @Override
    public void quarantine(QuarantineRecord record) {
        if (capture) {
            captured.add(record);
        } else {
            refused.add(record);
        }
    }

    @Override
    public void skipped() {
        skipped++;
    }

    /** Keeps refused records in {@link #captured()} instead of the quarantine (for a retry). */
    PipelineRun capturingRefused() {
        capture = true;
        return this;
    }

    /** The records refused while {@link #capturingRefused() capturing}. */
    List<QuarantineRecord> captured() {
        return List.copyOf(captured);
    }

    @Override
    public void checkpoint(String position) {
        if (monitor.isCanceled()) {
            return;
        }
        write(BatchWriter.CheckpointMove.MOVE, position);
    }

    /**
     * Ends a run whose connector returned: writes what is left, and for a file read to its end clears
     * the checkpoint, so importing the file again reads it all (and finds duplicates). A cancelled run
     * keeps its checkpoint and drops what came after it.
     */
    IngestReport finish(boolean clearCheckpoint) {
        if (!monitor.isCanceled()) {
            write(clearCheckpoint ? BatchWriter.CheckpointMove.CLEAR : BatchWriter.CheckpointMove.KEEP, null);
        } else {
            store.jdbc(c -> {
                writer.writeSeen(c);
                return null;
            });
        }
        return report;
    }

    /** What was committed so far. */
    IngestReport report() {
        return report;
    }

    private void write(BatchWriter.CheckpointMove move, String position) {
        List<Hashed> batch = List.copyOf(pending);
        List<QuarantineRecord> records = List.copyOf(refused);
        long left = skipped;
        pending.clear();
        refused.clear();
        skipped = 0;
        try {
            boolean wholeFile = move == BatchWriter.CheckpointMove.CLEAR && resumeFrom.isEmpty() && !capture;
            IngestReport written = store.jdbc(c -> {
                IngestReport done = writer.write(c, batch, records, origin, move, position);
                if (wholeFile) {
                    QuarantineTable.resolveNoLongerRefused(c, origin, started);
                }
                return done;
            });
            report = report.plus(written).plus(new IngestReport(0, 0, 0, 0, left));
        } catch (RuntimeException e) {
            writer.forget();
            throw e;
        }
    }

    @Override
    public boolean isCanceled() {
        return monitor.isCanceled();
    }

    @Override
    public void progress(long done, long total) {
        if (total <= 0) {
            return;
        }
        int units = (int) Math.min(PROGRESS_UNITS, done * PROGRESS_UNITS / total);
        if (units > reported) {
            monitor.worked(units - reported);
            reported = units;
        }
    }

    /** The units a monitor is begun with for one run. */
    static int units() {
        return PROGRESS_UNITS;
    }
}

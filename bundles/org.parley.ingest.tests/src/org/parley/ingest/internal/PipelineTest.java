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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.channels.ConnectorSettings;
import org.parley.ingest.IngestReport;
import org.parley.ingest.QuarantineService;
import org.parley.ingest.QuarantinedRecord;
import org.parley.model.Interaction;
import org.parley.store.Store;
import org.parley.store.StoreFactory;
import org.parley.store.StoreSettings;

/** The pipeline against a real Derby database: exactly once, updates, quarantine, resume. */
class PipelineTest {

    @TempDir
    Path workspace;

    private Store store;

    @BeforeEach
    void open() {
        store = Fixtures.service(StoreFactory.class).open(StoreSettings.embedded(workspace));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private IngestReport importFile(Path file, NullProgressMonitor monitor) throws Exception {
        return new FileImport(store, new BenchConnector("chat"), 0, ConnectorSettings.defaults(List.of()),
                key -> Optional.empty()).run(file, monitor);
    }

    @Test
    void anArchiveImportedTwiceIsStoredOnceAndTheSecondRunFindsOnlyDuplicates() throws Exception {
        Path file = Fixtures.write(workspace.resolve("chat.jsonl"), Fixtures.lines("c", 1234));
        assertEquals(new IngestReport(1234, 0, 0, 0), importFile(file, new NullProgressMonitor()));
        assertEquals(new IngestReport(0, 0, 1234, 0), importFile(file, new NullProgressMonitor()));
        assertEquals(1234, store.interactions().count());
        assertEquals(10, Fixtures.count(store, "SELECT COUNT(*) FROM CUSTOMER_IDENTITY"), "ten authors");
        assertEquals(309, Fixtures.count(store, "SELECT COUNT(*) FROM CONVERSATION"), "threads of four");
        assertEquals(0, Fixtures.count(store, "SELECT COUNT(*) FROM INGEST_CHECKPOINT"),
                "a file read to its end leaves no checkpoint");
    }

    @Test
    void aMessageEditedUpstreamIsUpdatedNotDuplicated() throws Exception {
        List<String> lines = new ArrayList<>(Fixtures.lines("e", 20));
        importFile(Fixtures.write(workspace.resolve("a.jsonl"), lines), new NullProgressMonitor());
        lines.set(3, Fixtures.line("e-3", "author3@example.org", "Author Three", "2026-11-25T09:00:00+01:00", "e-t0",
                "Message number 3, edited: the parcel arrived damaged"));
        IngestReport again = importFile(Fixtures.write(workspace.resolve("b.jsonl"), lines), new NullProgressMonitor());
        assertEquals(new IngestReport(0, 1, 19, 0), again);
        Interaction edited = store.interactions().find("chat", "e-3").orElseThrow();
        assertTrue(edited.getText().endsWith("arrived damaged"));
        assertEquals(Instant.parse("2026-11-25T08:00:00Z"), edited.getOccurredAt(), "the instant survives the zone");
        assertEquals("Author Three", edited.getAuthor().getDisplayName(), "the identity follows its newest message");
        assertEquals(20, store.interactions().count());
    }

    @Test
    void aBrokenLineIsQuarantinedWithItsPositionAndTheRestIsStored() throws Exception {
        List<String> lines = new ArrayList<>(Fixtures.lines("q", 10));
        lines.add(4, "{\"id\":\"q-broken\", \"author\": ");
        IngestReport report = importFile(Fixtures.write(workspace.resolve("q.jsonl"), lines),
                new NullProgressMonitor());
        assertEquals(new IngestReport(10, 0, 0, 1), report);
        QuarantineService quarantine = Fixtures.service(QuarantineService.class);
        List<QuarantinedRecord> open = quarantine.list(store, QuarantinedRecord.Status.OPEN);
        assertEquals(1, open.size());
        assertEquals("line 5", open.get(0).position());
        assertTrue(open.get(0).origin().endsWith("q.jsonl"));
        assertEquals("{\"id\":\"q-broken\", \"author\": ",
                new String(quarantine.get(store, open.get(0).id()).orElseThrow().raw()));

        importFile(workspace.resolve("q.jsonl"), new NullProgressMonitor());
        assertEquals(1, quarantine.list(store, QuarantinedRecord.Status.OPEN).size(),
                "the same bad line imported again is still one open record");
        assertTrue(quarantine.discard(store, open.get(0).id()));
        assertEquals(0, quarantine.list(store, QuarantinedRecord.Status.OPEN).size());
        assertEquals(1, quarantine.list(store, QuarantinedRecord.Status.DISCARDED).size());
    }

    @Test
    void aCancelledImportResumesAfterItsLastCheckpointAndEndsWithTheExactCount() throws Exception {
        Path file = Fixtures.write(workspace.resolve("big.jsonl"), Fixtures.lines("r", 2600));
        NullProgressMonitor cancelAfterFirstBatch = new NullProgressMonitor() {
            private int asked;

            @Override
            public boolean isCanceled() {
                return ++asked > 700;
            }
        };
        IngestReport first = importFile(file, cancelAfterFirstBatch);
        assertTrue(first.added() > 0 && first.added() < 2600, "the first run stopped part way: " + first);
        assertEquals(1, Fixtures.count(store, "SELECT COUNT(*) FROM INGEST_CHECKPOINT"));
        IngestReport second = importFile(file, new NullProgressMonitor());
        assertEquals(2600, first.added() + second.added());
        assertEquals(0, second.duplicates(), "the resumed run starts after the checkpoint");
        assertEquals(2600, store.interactions().count());
    }

    @Test
    void anAuthorSeenAgainOnALaterMessageIsTheSameIdentityWithTheNewerName() throws Exception {
        importFile(Fixtures.write(workspace.resolve("1.jsonl"), List.of(Fixtures.line("a-1", "jo@example.org",
                "Jo", "2026-11-01T10:00:00Z", "a-1", "First"))), new NullProgressMonitor());
        importFile(Fixtures.write(workspace.resolve("2.jsonl"), List.of(Fixtures.line("a-2", "jo@example.org",
                "Jo Smith", "2026-11-02T10:00:00Z", "a-1", "Second"))), new NullProgressMonitor());
        assertEquals(1, Fixtures.count(store, "SELECT COUNT(*) FROM CUSTOMER_IDENTITY"));
        assertEquals(1, Fixtures.count(store, "SELECT COUNT(*) FROM CUSTOMER_IDENTITY WHERE DISPLAY_NAME = "
                + "'Jo Smith' AND LAST_SEEN IS NOT NULL"));
        assertEquals(1, Fixtures.count(store, "SELECT COUNT(*) FROM CONVERSATION"), "the reply joined the thread");
    }
}

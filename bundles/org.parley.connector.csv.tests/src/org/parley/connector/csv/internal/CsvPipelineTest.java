/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.connector.csv.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.ingest.IngestReport;
import org.parley.ingest.IngestService;
import org.parley.ingest.Source;
import org.parley.model.Interaction;
import org.parley.store.Store;
import org.parley.store.StoreFactory;
import org.parley.store.StoreSettings;
import org.parley.testing.Services;
import org.parley.testing.TestData;

/** Call-centre logs through the real pipeline into Derby. */
class CsvPipelineTest {

    @TempDir
    Path workspace;

    @Test
    void aGermanCallLogWithASourceProfileIsStoredOnceWithCallersAsIdentities() throws Exception {
        IngestService ingest = Services.get(IngestService.class);
        try (Store store = Services.get(StoreFactory.class).open(StoreSettings.embedded(workspace))) {
            Source source = ingest.save(store, Source.of("csv", "Berlin calls", Map.of("dateFormats",
                    "dd.MM.yyyy HH:mm", "zone", "Europe/Berlin", "countryCode", "49", "columns", "text=Agent Notes"),
                    null));
            Path file = Path.of("resources", "calls-de.csv").toAbsolutePath();
            assertEquals(new IngestReport(3, 0, 0, 2), ingest.importPath(store, source.id(), file, null));
            assertEquals(3, ingest.importPath(store, source.id(), file, null).duplicates());
            Interaction call = store.interactions().find("phone", "C-1001").orElseThrow();
            assertEquals("+491712345678", call.getAuthor().getHandle());
            assertEquals("Kunde beschwert sich über die Rechnung", call.getText());
            assertEquals(3, store.interactions().count());
        }
    }

    @Test
    void theBitextDatasetGoesThroughThePipelineCompletely() throws Exception {
        IngestService ingest = Services.get(IngestService.class);
        try (Store store = Services.get(StoreFactory.class).open(StoreSettings.embedded(workspace))) {
            Source source = ingest.save(store,
                    Source.of("csv", "bitext", Map.of("columns", "text=instruction, tags=intent", "channel", "chat"),
                            null));
            Path file = TestData.file("messages/bitext-customer-support.csv");
            long start = System.nanoTime();
            IngestReport report = ingest.importPath(store, source.id(), file, new NullProgressMonitor());
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("csv through the pipeline: %d rows in %.2f s (%.0f rows/s)%n", report.added(), seconds,
                    report.added() / seconds);
            assertEquals(new IngestReport(4514, 0, 0, 0), report);
            assertEquals(4514, store.interactions().count());
        }
    }
}

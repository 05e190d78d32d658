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

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;
import org.parley.store.StoreFactory;

/**
 * {@code parley-cli bench ingest} runs end to end and reports both rates; the figures are printed,
 * not asserted (speed is measured, not tested).
 */
class BenchTest {

    @Test
    void theBenchmarkImportsEveryGeneratedRowAndReportsBothRates() throws Exception {
        int rows = Integer.getInteger("parley.bench.rows", 5000);
        ObjectNode figures = new BenchIngestCommand(Fixtures.service(StoreFactory.class)).measure(rows);
        System.out.println("bench ingest: " + figures);
        assertEquals(rows, figures.get("added").asLong(), "every generated row was stored");
        assertTrue(figures.get("raw_jdbc_rows_per_s").asLong() > 0);
        assertTrue(figures.get("pipeline_rows_per_s").asLong() > 0);
    }
}

/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.parley.channels.ChannelConnector;
import org.parley.channels.InboundMessage;

/**
 * The fixtures a connector gives the shared contract test ({@code org.parley.connectors.tests/
 * contract/<folder>/}) say what the connector does with them: the counts, the quarantine and a
 * resume after the first checkpoint. A connector's test bundle extends this with its connector.
 */
public abstract class AbstractContractFixturesTest {

    private final ChannelConnector connector;
    private final String folder;

    /** {@code folder} is the connector's folder below {@code contract/}. */
    protected AbstractContractFixturesTest(ChannelConnector connector, String folder) {
        this.connector = connector;
        this.folder = folder;
    }

    @Test
    public void theGoodFileIsReadWholeInSeveralCommitsAndResumesExactly() throws IOException {
        Properties expect = expect();
        Path good = fixture(expect.getProperty("good.file"));
        CollectingContext whole = context(expect, null);
        connector.importFile(good, whole);
        long messages = Long.parseLong(expect.getProperty("good.messages"));
        assertEquals(messages, whole.committed().size());
        assertTrue(whole.checkpoints.size() > 1, "more than one commit: " + whole.checkpoints);
        assertEquals(messages, whole.messages.stream().map(InboundMessage::externalId).distinct().count());

        CollectingContext stopped = context(expect, null).cancelAfter(1 + (int) messages / 3);
        connector.importFile(good, stopped);
        CollectingContext resumed = context(expect, stopped.lastCheckpoint());
        connector.importFile(good, resumed);
        assertEquals(messages, stopped.committed().size() + resumed.committed().size(),
                "resumed after " + stopped.lastCheckpoint());
    }

    @Test
    public void theBadFileHasItsGoodRecordsAndItsQuarantine() throws IOException {
        Properties expect = expect();
        CollectingContext context = context(expect, null);
        connector.importFile(fixture(expect.getProperty("bad.file")), context);
        assertEquals(Long.parseLong(expect.getProperty("bad.messages")), context.committed().size());
        assertEquals(Long.parseLong(expect.getProperty("bad.quarantined")), context.quarantined.size(),
                () -> context.quarantined.toString());
    }

    private CollectingContext context(Properties expect, String resumeFrom) {
        Map<String, String> settings = new HashMap<>();
        for (String name : expect.stringPropertyNames()) {
            if (name.startsWith("setting.")) {
                settings.put(name.substring("setting.".length()), expect.getProperty(name).strip());
            }
        }
        return new CollectingContext(connector, settings, resumeFrom);
    }

    private Properties expect() throws IOException {
        Properties expect = new Properties();
        try (InputStream in = Files.newInputStream(fixture("expect.properties"))) {
            expect.load(in);
        }
        return expect;
    }

    private Path fixture(String name) {
        return TestData.contractFixture(folder, name);
    }
}

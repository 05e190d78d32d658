/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.connector.x.internal;

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
import org.parley.channels.InboundMessage;

/**
 * The fixtures this connector gives the shared contract test ({@code org.parley.connectors.tests/
 * contract/x/}) say what the connector does with them: the counts, the quarantine and a resume
 * after the first checkpoint.
 */
class ContractFixturesTest {

    private final XConnector connector = new XConnector();

    @Test
    void theGoodFileIsReadWholeInSeveralCommitsAndResumesExactly() throws IOException {
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
    void theBadFileHasItsGoodRecordsAndItsQuarantine() throws IOException {
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

    private static Properties expect() throws IOException {
        Properties expect = new Properties();
        try (InputStream in = Files.newInputStream(fixture("expect.properties"))) {
            expect.load(in);
        }
        return expect;
    }

    private static Path fixture(String name) {
        Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("bundles/org.parley.connectors.tests/contract/x").resolve(name.strip());
            if (Files.exists(candidate)) {
                return candidate;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException(
                "contract fixture x/" + name + " not found above " + System.getProperty("user.dir"));
    }
}

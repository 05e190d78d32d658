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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.channels.InboundMessage;
import org.parley.channels.QuarantineRecord;
import org.parley.testing.CollectingContext;
import org.parley.testing.TestData;

/**
 * A damaged byte in the middle of a real archive costs the one tweet it is in: the reader
 * resynchronises at the next tweet. (Before, every tweet after the damage went to the quarantine as
 * one blob: 23 imported and 37 quarantined as one for a corrupted copy of this 60-tweet archive.)
 */
class DamagedArchiveTest {

    private final XConnector connector = new XConnector();

    private List<String> ids(CollectingContext context) {
        return context.committed().stream().map(InboundMessage::externalId).toList();
    }

    private CollectingContext read(Path archive) throws IOException {
        CollectingContext context = new CollectingContext(connector, Map.of(), null);
        connector.importFile(archive, context);
        return context;
    }

    /** A copy of the real archive with {@code count} bytes inverted from {@code at} on. */
    private static Path damaged(Path dir, String name, int at, int count) throws IOException {
        byte[] bytes = Files.readAllBytes(TestData.file("x-archive/tweets.js"));
        for (int i = at; i < at + count; i++) {
            bytes[i] ^= (byte) 0xFF;
        }
        return Files.write(Files.createDirectories(dir.resolve(name)).resolve("tweets.js"), bytes);
    }

    @Test
    void threeFlippedBytesInTheMiddleLoseOnlyTheTweetTheyAreIn(@TempDir Path dir) throws IOException {
        List<String> all = ids(read(TestData.file("x-archive/tweets.js")));
        int middle = (int) (Files.size(TestData.file("x-archive/tweets.js")) / 2);

        CollectingContext context = read(damaged(dir, "middle", middle, 3));

        List<String> kept = ids(context);
        assertEquals(60, all.size());
        assertEquals(59, kept.size(), () -> context.quarantined.toString());
        List<String> lost = new ArrayList<>(all);
        lost.removeAll(kept);
        assertEquals(1, lost.size());
        int at = all.indexOf(lost.get(0));
        assertTrue(at > 10 && at < 50, "the lost tweet is in the middle: " + at);
        assertEquals(all.subList(0, at), kept.subList(0, at), "every tweet before the damage");
        assertEquals(all.subList(at + 1, 60), kept.subList(at, 59), "and every tweet after it");
        assertEquals(1, context.quarantined.size());
        QuarantineRecord record = context.quarantined.get(0);
        assertTrue(record.position().matches("tweets\\.js tweet " + (at + 1) + " \\(line \\d+\\)"),
                record.position());
        assertTrue(record.reason().contains("reading went on at the next record"), record.reason());
        String raw = new String(record.raw(), StandardCharsets.ISO_8859_1);
        assertTrue(raw.startsWith("{") && raw.endsWith("}"), "the damaged tweet's own bytes, no more: " + raw);
        assertTrue(raw.contains(lost.get(0)), "with its id");
    }

    @Test
    void damageAtSeveralPlacesCostsOneTweetEach(@TempDir Path dir) throws IOException {
        List<String> all = ids(read(TestData.file("x-archive/tweets.js")));
        Path archive = damaged(dir, "several", 20_000, 2);
        byte[] bytes = Files.readAllBytes(archive);
        for (int at : new int[]{45_000, 70_000}) {
            bytes[at] ^= (byte) 0xFF;
        }
        Files.write(archive, bytes);

        CollectingContext context = read(archive);

        assertEquals(3, context.quarantined.size(), () -> context.quarantined.toString());
        assertEquals(57, ids(context).size());
        assertTrue(all.containsAll(ids(context)));
    }
}

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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.channels.InboundMessage;
import org.parley.channels.MessageDirection;
import org.parley.connector.csv.CsvProfile;
import org.parley.connector.csv.CsvProfiles;
import org.parley.testing.CollectingContext;
import org.parley.testing.TestData;

class CsvConnectorTest {

    private final CsvConnector connector = new CsvConnector();

    @TempDir
    Path temp;

    private static Path resource(String name) {
        return Path.of("resources", name).toAbsolutePath();
    }

    private CollectingContext run(Path file, Map<String, String> settings) throws IOException {
        CollectingContext context = new CollectingContext(connector.settings(), settings);
        connector.importFile(file, context);
        return context;
    }

    @Test
    void aGermanCallCentreLogInWindows1252WithSemicolonsIsReadWithItsProfile() throws IOException {
        CollectingContext context = run(resource("calls-de.csv"), Map.of("dateFormats", "dd.MM.yyyy HH:mm", "zone",
                "Europe/Berlin", "countryCode", "49", "columns", "text=Agent Notes"));

        assertEquals(3, context.stored.size());
        InboundMessage first = context.stored.get(0);
        assertEquals("C-1001", first.externalId());
        assertEquals("phone", first.channel());
        assertEquals("Kunde beschwert sich über die Rechnung", first.text());
        assertEquals("Jürgen Müller", first.author().displayName());
        assertEquals("+491712345678", first.author().handle());
        assertEquals(OffsetDateTime.parse("2026-11-03T09:15+01:00"), first.occurredAt());
        assertEquals(List.of("billing", "complaint"), first.tags());
        assertEquals("chat", context.stored.get(1).channel());
        assertEquals("+49301234567", context.stored.get(1).author().phone());
        InboundMessage multiLine = context.stored.get(2);
        assertEquals("Weber; Klaus", multiLine.author().displayName());
        assertEquals("Mehrzeilige\r\nNotiz mit \"Anführungszeichen\"", multiLine.text());
        assertEquals("+4989765432", multiLine.author().handle());
        assertEquals("5", context.lastCheckpoint());
    }

    @Test
    void aBadDateAndAShortRowAreQuarantinedWithFileAndLineWhileTheRestIsRead() throws IOException {
        CollectingContext context = run(resource("calls-de.csv"),
                Map.of("dateFormats", "dd.MM.yyyy HH:mm", "zone", "Europe/Berlin"));

        assertEquals(2, context.quarantined.size());
        assertEquals("calls-de.csv:4", context.quarantined.get(0).position());
        assertTrue(context.quarantined.get(0).reason().contains("bad date '2026-13-45 99:99'"),
                context.quarantined.get(0).reason());
        assertTrue(new String(context.quarantined.get(0).raw(), StandardCharsets.UTF_8).startsWith("C-1003;"));
        assertEquals("calls-de.csv:5", context.quarantined.get(1).position());
        assertTrue(context.quarantined.get(1).reason().startsWith("missing columns"));
    }

    @Test
    void aTabSeparatedChatExportWithBomIsMappedByItsHeaderNames() throws IOException {
        CollectingContext context = run(resource("chat-export.tsv"), Map.of());

        assertEquals(2, context.stored.size());
        InboundMessage mary = context.stored.get(0);
        assertEquals("W-1", mary.externalId());
        assertEquals("chat", mary.channel());
        assertEquals("mary.major@example.com", mary.author().handle());
        assertEquals("Where is my parcel?", mary.text());
        assertEquals(OffsetDateTime.parse("2026-11-03T09:15+01:00"), mary.occurredAt());
        assertEquals("email", context.stored.get(1).channel());
        assertEquals("Thanks, solved ✓", context.stored.get(1).text());
        assertTrue(context.quarantined.isEmpty());
    }

    @Test
    void theBitextCustomerSupportDatasetIsReadCompletelyWithIntentsAsTags() throws IOException {
        Path file = TestData.file("messages/bitext-customer-support.csv");
        CollectingContext context = run(file, Map.of("columns", "text=instruction, tags=intent", "channel", "chat"));

        assertEquals(4514, context.stored.size());
        assertTrue(context.quarantined.isEmpty());
        Set<String> ids = new HashSet<>();
        context.stored.forEach(m -> ids.add(m.externalId()));
        assertEquals(4514, ids.size(), "rows without an id column get an id from their content");
        assertEquals("how can I cancel purchase 113542617735902?", context.stored.get(0).text());
        assertEquals(List.of("cancel_order"), context.stored.get(0).tags());
        assertEquals("chat", context.stored.get(0).channel());
    }

    @Test
    void aCancelledImportResumesAfterItsCheckpointWithNothingLostOrTwice() throws IOException {
        Path file = temp.resolve("big.csv");
        StringBuilder b = new StringBuilder("Call ID,Start,Caller Number,Notes\n");
        for (int i = 1; i <= 1234; i++) {
            b.append("id-").append(i).append(",2026-11-0").append(1 + i % 9).append(" 10:").append(10 + i % 50)
                    .append(",+1 555 010 ").append(1000 + i).append(",call ").append(i).append('\n');
        }
        Files.writeString(file, b);

        CollectingContext first = new CollectingContext(connector.settings(), Map.of(), null).cancelAfter(700);
        connector.importFile(file, first);
        assertEquals(700, first.stored.size());
        CollectingContext second = new CollectingContext(connector.settings(), Map.of(), first.lastCheckpoint());
        connector.importFile(file, second);

        Set<String> ids = new HashSet<>();
        first.stored.forEach(m -> ids.add(m.externalId()));
        second.stored.forEach(m -> assertTrue(ids.add(m.externalId()), "twice: " + m.externalId()));
        assertEquals(1234, ids.size());
        assertEquals("1234", second.lastCheckpoint());
    }

    @Test
    void aRowWithAnOpenQuoteOrJunkAfterAQuoteCostsOnlyThatRowAndTheRowsAfterItAreRead() throws IOException {
        Path file = temp.resolve("damaged.csv");
        StringBuilder b = new StringBuilder("Call ID,Start,Caller Number,Notes\n");
        for (int i = 1; i <= 100; i++) {
            String start = "2026-11-0" + (1 + i % 9) + " 10:" + (10 + i % 50);
            String row = "id-" + i + "," + start + ",+1 555 010 " + (1000 + i) + ",call " + i;
            if (i == 50) {
                row = "id-50,\"" + start + ",+1 555 010 1050,call 50"; // a quote opened, never closed
            } else if (i == 70) {
                row = "id-70,\"" + start + "\"x,+1 555 010 1070,call 70"; // junk after the closing quote
            }
            b.append(row).append('\n');
        }
        Files.writeString(file, b);

        CollectingContext context = run(file, Map.of());

        List<String> ids = context.stored.stream().map(InboundMessage::externalId).toList();
        assertEquals(98, ids.size(), () -> context.quarantined.toString());
        assertTrue(ids.contains("id-49") && ids.contains("id-51") && ids.contains("id-71") && ids.contains("id-100"));
        assertEquals(List.of("damaged.csv:51", "damaged.csv:71"),
                context.quarantined.stream().map(q -> q.position()).toList(), "each damaged row on its own");
        assertTrue(new String(context.quarantined.get(0).raw(), StandardCharsets.UTF_8)
                .startsWith("id-50,\""), "its own line");
        assertEquals("100", context.lastCheckpoint(), "the damaged rows count as records, in every run alike");
    }

    @Test
    void aSavedProfileIsReusedByName() throws IOException {
        CsvProfiles profiles = new CsvProfiles(temp);
        CsvProfile profile = new CsvProfile("berlin-calls", Map.of("text", "Agent Notes", "tags", "Queue"),
                List.of("dd.MM.yyyy HH:mm"), "Europe/Berlin", "windows-1252", "semicolon", "phone", "49");
        Path saved = profiles.save(profile);

        assertEquals(List.of("berlin-calls"), profiles.names());
        assertEquals(profile, profiles.load("berlin-calls"));
        CollectingContext context = run(resource("calls-de.csv"), Map.of("profile", saved.toString()));
        assertEquals(3, context.stored.size());
        assertEquals("+491712345678", context.stored.get(0).author().handle());
        assertThrows(IOException.class, () -> profiles.load("nope"));
    }

    @Test
    void aProfileNamingAColumnTheFileLacksFailsTheWholeRunClearly() {
        IOException e = assertThrows(IOException.class,
                () -> run(resource("chat-export.tsv"), Map.of("columns", "text=Transcript")));
        assertTrue(e.getMessage().contains("'Transcript'"), e.getMessage());
    }

    @Test
    void phoneNumbersInCommonShapesBecomeOneHandle() {
        PhoneNormaliser us = new PhoneNormaliser("1");
        assertEquals("+13102461501", us.normalise("310/246-1501"));
        assertEquals("+13102461501", us.normalise("(310) 246-1501"));
        assertEquals("+13102461501", us.normalise("1-310-246-1501"));
        assertEquals("+13102461501", us.normalise("+1 310 246 1501 ext. 12"));
        assertEquals("+442071234567", us.normalise("0044 20 7123 4567"));
        assertEquals(null, us.normalise("n/a"));
        assertFalse(new PhoneNormaliser(null).normalise("030 1234567").startsWith("+"));
    }

    @Test
    void anImpossibleDateIsRefusedRatherThanMovedToTheEndOfTheMonth() {
        TimeParser german = new TimeParser(List.of("dd.MM.yyyy HH:mm"), "Europe/Berlin");
        assertEquals(OffsetDateTime.parse("2026-02-28T10:00+01:00"), german.parse("28.02.2026 10:00"));
        assertThrows(java.time.format.DateTimeParseException.class, () -> german.parse("31.02.2026 10:00"));
        TimeParser builtIn = new TimeParser(List.of(), null);
        assertEquals(OffsetDateTime.parse("2026-11-03T09:15Z"), builtIn.parse("2026-11-03T09:15:00Z"));
        assertEquals(OffsetDateTime.parse("2026-11-03T21:15Z"), builtIn.parse("11/03/2026 9:15 PM"));
        assertEquals(OffsetDateTime.parse("2026-11-03T00:00Z"), builtIn.parse("2026-11-03"));
    }

    @Test
    void delimitersAreDetected() {
        assertEquals(';', CsvSniffer.detect("a;b;c\n1;\"x;y\";3\n"));
        assertEquals('\t', CsvSniffer.detect("a\tb,c\td\n1\t2,3\t4\n"));
        assertEquals('|', CsvSniffer.detect("a|b|c\n1|2|3\n"));
        assertEquals(',', CsvSniffer.detect("a,b;c\n1,2;3,4\n2,2\n"));
        assertEquals(MessageDirection.INBOUND, MessageDirection.valueOf("INBOUND"));
    }
}

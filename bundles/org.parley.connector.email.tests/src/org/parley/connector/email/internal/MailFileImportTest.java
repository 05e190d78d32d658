/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.connector.email.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.parley.channels.InboundMessage;
import org.parley.testing.CollectingContext;
import org.parley.testing.TestData;

class MailFileImportTest {

    private final EmailConnector connector = new EmailConnector();

    private CollectingContext run(Path file) throws IOException {
        CollectingContext context = new CollectingContext(connector.settings(), Map.of());
        connector.importFile(file, context);
        return context;
    }

    private static Path resource(String name) {
        return Path.of("resources", name).toAbsolutePath();
    }

    private static Set<String> ids(List<InboundMessage> messages) {
        Set<String> ids = new HashSet<>();
        messages.forEach(m -> ids.add(m.externalId()));
        return ids;
    }

    @Test
    void theNumpyListArchiveGivesEveryEntryWithListArchiveAddressesNormalised() throws IOException {
        Path file = TestData.file("mbox/numpy-discussion-2001-11.mbox");
        assertTrue(connector.canImport(file));
        CollectingContext context = run(file);

        assertEquals(164, context.stored.size(), "the month was archived twice: 164 entries");
        assertEquals(82, ids(context.stored).size(), "82 distinct Message-IDs");
        assertTrue(context.quarantined.isEmpty());
        InboundMessage first = context.stored.get(0);
        assertTrue(first.externalId().matches(
                "Pine\\.SOL\\.4\\.30\\.0111011916360\\.17706-100000@mimosa\\.csv\\.warwick\\.ac\\.uk#[0-9a-f]{16}"),
                "the Message-ID and a fingerprint of the message: " + first.externalId());
        assertEquals("jjl@pobox.com", first.author().handle());
        assertEquals("John J. Lee", first.author().displayName());
        assertEquals(OffsetDateTime.parse("2001-11-01T11:19:12Z"), first.occurredAt());
        assertEquals("[Numpy-discussion] RE: Numeric2", first.subject());
        assertEquals("JFEGLNDJEDNOMPPHDEJFKEEODLAA.perry@stsci.edu", first.parentId());
        assertTrue(first.text().startsWith("On Tue, 30 Oct 2001, Perry Greenfield wrote:"), first.text());
        assertTrue(first.text().endsWith("John"), "the separating blank lines are not part of the text");
        assertEquals("message/rfc822", first.rawType());
        assertEquals(Long.toString(java.nio.file.Files.size(file)), context.lastCheckpoint());
    }

    @Test
    void the3gppArchiveDecodesEncodedNamesAndKeepsRepliesInTheirThread() throws IOException {
        CollectingContext context = run(TestData.file("mbox/3gpp-sa4-evs.mbox"));

        assertEquals(50, context.stored.size());
        assertEquals(49, ids(context.stored).size());
        InboundMessage first = context.stored.get(0);
        assertEquals("Tomas Toftgård", first.author().displayName());
        assertEquals("tomas.toftgard@ericsson.com", first.author().handle());
        long replies = context.stored.stream().filter(m -> m.parentId() != null).count();
        assertEquals(16, replies);
        for (InboundMessage reply : context.stored) {
            if (reply.parentId() == null) {
                assertEquals(reply.externalId().substring(0, reply.externalId().lastIndexOf('#')), reply.threadId(),
                        "a first message names its own Message-ID as its thread");
            }
        }
        assertEquals(1, context.stored.stream().filter(m -> m.text().isBlank()).count(),
                "one announcement in the archive has an empty body");
    }

    @Test
    void quotedPrintableLatin1AndEncodedWordsAreDecoded() throws IOException {
        CollectingContext context = run(resource("eml/qp-latin1.eml"));

        InboundMessage m = context.stored.get(0);
        assertTrue(m.externalId().startsWith("qp-1@shop.example#"), m.externalId());
        assertEquals("Reklamation: Gebühr doppelt", m.subject());
        assertEquals("Jürgen Müller", m.author().displayName());
        assertEquals("juergen.mueller@example.de", m.author().handle());
        assertEquals("Guten Tag, die Gebühr wurde zweimal abgebucht. Bitte erstatten Sie den Betrag.", m.text());
        assertEquals(OffsetDateTime.parse("2026-11-03T09:15+01:00"), m.occurredAt());
        assertEquals("qp-1@shop.example", m.threadId());
    }

    @Test
    void plainTextIsPreferredToHtmlAndAReplyJoinsItsThread() throws IOException {
        CollectingContext context = run(resource("eml/alternative-base64.eml"));

        InboundMessage m = context.stored.get(0);
        assertEquals("Wir erstatten die Gebühr. ✓", m.text());
        assertEquals("qp-1@shop.example", m.threadId());
        assertEquals("qp-1@shop.example", m.parentId());
        assertEquals("Service Team", m.author().displayName());
    }

    @Test
    void htmlOnlyMailIsStrippedToText() throws IOException {
        InboundMessage m = run(resource("eml/html-only.eml")).stored.get(0);
        assertEquals("Where is my order #42?\n\nThanks & regards\nMary", m.text());
    }

    @Test
    void brokenMimeIsQuarantinedWithFileOffsetAndMessageId() throws IOException {
        CollectingContext context = run(resource("eml/broken-mime.eml"));

        assertTrue(context.stored.isEmpty());
        assertEquals(1, context.quarantined.size());
        assertEquals("broken-mime.eml byte 0 Message-ID <broken-4@shop.example>",
                context.quarantined.get(0).position());
        assertTrue(context.quarantined.get(0).reason().startsWith("broken MIME"), context.quarantined.get(0).reason());
        assertTrue(context.quarantined.get(0).raw().length > 200);
    }

    @Test
    void mboxrdQuotingIsUndoneAndABadEntryDoesNotStopTheRest() throws IOException {
        CollectingContext context = run(resource("quoting.mbox"));

        assertEquals(2, context.stored.size());
        InboundMessage alice = context.stored.get(0);
        assertEquals("Line one\r\nFrom the start of a line, quoted once\r\n>From quoted twice in the file\r\n"
                .replace("\r\n", "\n") + "From inside a paragraph is no separator", alice.text());
        assertEquals(1, context.quarantined.size());
        assertEquals("quoting.mbox byte 285 Message-ID <m2@example.com>", context.quarantined.get(0).position());
        InboundMessage carol = context.stored.get(1);
        assertTrue(carol.externalId().startsWith("sha256:"), "no Message-ID: a hash of the message");
        assertEquals("carol@example.com", carol.author().handle());
        assertEquals("Carol C.", carol.author().displayName());
        assertEquals(OffsetDateTime.parse("2026-11-02T12:00Z"), carol.occurredAt(), "date of the From_ line");
        assertEquals("m1@example.com", carol.threadId(), "joins the thread of the message it answers");
        assertNull(alice.parentId());
    }

    @Test
    void aCancelledImportResumesAtItsByteOffsetWithNothingLostOrTwice() throws IOException {
        Path file = TestData.file("mbox/numpy-discussion-2001-11.mbox");
        List<String> all = new ArrayList<>();
        run(file).stored.forEach(m -> all.add(m.externalId()));

        CollectingContext first = new CollectingContext(connector.settings(), Map.of(), null).cancelAfter(57);
        connector.importFile(file, first);
        CollectingContext second = new CollectingContext(connector.settings(), Map.of(), first.lastCheckpoint());
        connector.importFile(file, second);

        List<String> resumed = new ArrayList<>();
        first.stored.forEach(m -> resumed.add(m.externalId()));
        second.stored.forEach(m -> resumed.add(m.externalId()));
        assertEquals(57, first.stored.size());
        assertEquals(all, resumed);
    }
}

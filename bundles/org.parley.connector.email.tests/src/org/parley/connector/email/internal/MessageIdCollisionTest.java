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
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.channels.InboundMessage;
import org.parley.ingest.IngestReport;
import org.parley.ingest.IngestService;
import org.parley.store.Store;
import org.parley.store.StoreFactory;
import org.parley.store.StoreSettings;
import org.parley.testing.CollectingContext;
import org.parley.testing.Services;
import org.parley.testing.TestData;

/**
 * Message-IDs are not unique in the wild. {@code collisions.mbox} holds, with headers in the shape
 * real senders write them: three GitHub notifications (an issue opened, a comment, the issue
 * closed) that all carry the issue's one Message-ID, the first of them archived a second time byte
 * for byte, an empty and a blank Message-ID, one with trailing junk ({@code <id>+XYZ}), one with a
 * comment a relay added ({@code (added by postmaster@...)}), and a reply to that last one.
 */
class MessageIdCollisionTest {

    private static final String ISSUE = "numpy/numpy/issues/27001@github.com";

    @TempDir
    Path workspace;

    private final EmailConnector connector = new EmailConnector();

    private static Path collisions() {
        return Path.of("resources", "collisions.mbox").toAbsolutePath();
    }

    private List<InboundMessage> read(Path file) throws IOException {
        CollectingContext context = new CollectingContext(connector.settings(), Map.of());
        connector.importFile(file, context);
        assertTrue(context.quarantined.isEmpty(), () -> context.quarantined.toString());
        return context.stored;
    }

    @Test
    void threeNotificationsSharingOneMessageIdAreThreeMessagesAndTheArchivedCopyIsTheFirstAgain()
            throws IOException {
        List<InboundMessage> m = read(collisions());

        assertEquals(9, m.size());
        for (int i = 0; i < 4; i++) {
            assertTrue(m.get(i).externalId().startsWith(ISSUE + "#"), m.get(i).externalId());
            assertEquals(ISSUE, m.get(i).threadId(), "the thread stays on the bare Message-ID replies name");
        }
        assertEquals(3, new HashSet<>(m.subList(0, 3).stream().map(InboundMessage::externalId).toList()).size(),
                "opened, commented, closed: three messages");
        assertEquals(m.get(0).externalId(), m.get(3).externalId(), "the copy archived again is the same message");
    }

    @Test
    void emptyBlankAndMalformedMessageIdsGetTheFallbackIdEachItsOwn() throws IOException {
        List<InboundMessage> m = read(collisions());
        List<InboundMessage> odd = m.subList(4, 8);

        for (InboundMessage message : odd) {
            assertTrue(message.externalId().matches("sha256:[0-9a-f]{40}"), message.externalId());
        }
        assertEquals(4, new HashSet<>(odd.stream().map(InboundMessage::externalId).toList()).size(),
                "never a shared empty key");
        assertEquals("20261106090000.GA1234@relay.example.org", odd.get(3).threadId(),
                "a relay's comment beside the id does not stop replies from finding it");
        InboundMessage reply = m.get(8);
        assertEquals(odd.get(3).threadId(), reply.threadId(), "the reply joins its thread");
        assertEquals("20261106090000.GA1234@relay.example.org", reply.parentId());
        assertTrue(reply.externalId().startsWith("reply-77@shop.example#"), reply.externalId());
    }

    @Test
    void throughThePipelineEveryDistinctMessageIsStoredOnceAndAgainAddsNothing() throws Exception {
        IngestService ingest = Services.get(IngestService.class);
        try (Store store = Services.get(StoreFactory.class).open(StoreSettings.embedded(workspace))) {
            assertEquals(new IngestReport(8, 0, 1, 0), ingest.importPath(store, "email", collisions(), null));
            assertEquals(new IngestReport(0, 0, 9, 0), ingest.importPath(store, "email", collisions(), null));
            assertEquals(8, store.interactions().count());
            assertEquals(3, Workspace.count(store, "SELECT COUNT(*) FROM INTERACTION WHERE EXTERNAL_ID LIKE '"
                    + ISSUE + "#%'"), "the three notifications");
            assertEquals(1, Workspace.count(store, "SELECT COUNT(*) FROM CONVERSATION WHERE THREAD_KEY = '"
                    + ISSUE + "'"), "and one conversation for the issue");
        }
    }

    @Test
    void aWorkspaceFilledBeforeFingerprintsImportsTheSameArchiveAgainWithoutDuplicates() throws Exception {
        IngestService ingest = Services.get(IngestService.class);
        Path numpy = TestData.file("mbox/numpy-discussion-2001-11.mbox");
        try (Store store = Services.get(StoreFactory.class).open(StoreSettings.embedded(workspace))) {
            assertEquals(new IngestReport(82, 0, 82, 0), ingest.importPath(store, "email", numpy, null));
            assertEquals(new IngestReport(8, 0, 1, 0), ingest.importPath(store, "email", collisions(), null));
            int legacy = Workspace.storeAsBeforeFingerprints(store);
            assertEquals(88, legacy, "every message under its former id, as an earlier Parley stored it: "
                    + "82 + 6 (one of the three notifications)");

            IngestReport again = ingest.importPath(store, "email", numpy, null);
            assertEquals(new IngestReport(0, 0, 164, 0), again, "found under the former ids, not imported twice");
            IngestReport collisions = ingest.importPath(store, "email", collisions(), null);
            assertEquals(new IngestReport(2, 0, 7, 0), collisions,
                    "the former store kept one notification per Message-ID: the other two are added now");
            assertEquals(90, store.interactions().count());
            assertEquals(0, Workspace.count(store, "SELECT COUNT(*) FROM INTERACTION WHERE EXTERNAL_ID NOT LIKE "
                    + "'%#%' AND EXTERNAL_ID NOT LIKE 'sha256:%'"), "every message moved to its new id");
            assertEquals(new IngestReport(0, 0, 164, 0), ingest.importPath(store, "email", numpy, null));
        }
    }

    @Test
    void twoCopiesOfOneMessageGiveOneIdAndAChangedBodyAnother() {
        var author = org.parley.channels.Author.of("a@example.org", "A");
        String lf = MailParser.fingerprint(author, "Mon, 2 Nov 2026 09:00:00 +0100", "Hi", "one\ntwo ");
        String crlf = MailParser.fingerprint(author, "Mon, 02 Nov 2026 08:00:00 +0000", " Hi", "one\r\ntwo");
        assertEquals(lf, crlf, "line ends, white space and the zone of the same instant do not matter");
        assertNotEquals(lf, MailParser.fingerprint(author, "Mon, 2 Nov 2026 09:00:00 +0100", "Hi", "one two three"));
        assertEquals(null, MailParser.wellFormedId("<a@b>+XYZ"));
        assertEquals(null, MailParser.wellFormedId(" "));
        assertEquals(null, MailParser.wellFormedId("<a@b> (added by postmaster@b)"));
        assertEquals("a@b", MailParser.wellFormedId(" <a@b> "));
    }
}

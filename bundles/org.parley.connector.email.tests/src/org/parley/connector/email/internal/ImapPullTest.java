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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.ingest.IngestReport;
import org.parley.ingest.IngestService;
import org.parley.ingest.SecretStore;
import org.parley.ingest.Source;
import org.parley.store.Store;
import org.parley.store.StoreFactory;
import org.parley.store.StoreSettings;
import org.parley.testing.Services;
import org.parley.testing.CollectingContext;

/** Pulls a mailbox from a real IMAP server (GreenMail) on 127.0.0.1, password as a secret. */
class ImapPullTest {

    private final EmailConnector connector = new EmailConnector();
    private GreenMail server;
    private GreenMailUser agent;

    @BeforeEach
    void startServer() {
        MailClassLoader.call(() -> {
            server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP));
            server.start();
            agent = server.setUser("service@shop.example", "service", "s3cret-pw");
            return null;
        });
    }

    @AfterEach
    void stopServer() {
        server.stop();
    }

    private void deliver(String resource) throws IOException, MessagingException {
        byte[] bytes = Files.readAllBytes(java.nio.file.Path.of("resources", "eml", resource));
        deliverBytes(bytes);
    }

    private void deliverBytes(byte[] bytes) throws MessagingException {
        MailClassLoader.call(() -> {
            agent.deliver(new MimeMessage(null, new ByteArrayInputStream(bytes)));
            return null;
        });
    }

    private CollectingContext context(String password, String resumeFrom) {
        CollectingContext context = new CollectingContext(connector.settings(),
                Map.of("host", "127.0.0.1", "port", Integer.toString(server.getImap().getPort()), "ssl", "false",
                        "user", "service"),
                resumeFrom);
        context.secret("password", password);
        return context;
    }

    @Test
    void aMailboxIsPulledAndALaterPullFetchesOnlyNewMail() throws Exception {
        deliver("qp-latin1.eml");
        deliver("broken-mime.eml");
        deliver("alternative-base64.eml");

        CollectingContext first = context("s3cret-pw", null);
        connector.pull(first);

        assertEquals(2, first.stored.size());
        assertTrue(first.stored.get(0).externalId().startsWith("qp-1@shop.example#"));
        assertEquals("Wir erstatten die Gebühr. ✓", first.stored.get(1).text());
        assertEquals(1, first.quarantined.size());
        assertTrue(first.quarantined.get(0).position().matches("imap://127.0.0.1/INBOX UID 2 Message-ID "
                + "<broken-4@shop.example>"), first.quarantined.get(0).position());
        assertTrue(first.lastCheckpoint().endsWith(":3"), first.lastCheckpoint());

        deliverBytes(("Message-ID: <later-5@shop.example>\r\nFrom: Late Customer <late@example.org>\r\n"
                + "Subject: later\r\nDate: Thu, 5 Nov 2026 10:00:00 +0000\r\n\r\nAny news?\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        CollectingContext second = context("s3cret-pw", first.lastCheckpoint());
        connector.pull(second);

        assertEquals(1, second.stored.size());
        assertTrue(second.stored.get(0).externalId().startsWith("later-5@shop.example#"));
        assertEquals("Any news?", second.stored.get(0).text());
        assertTrue(second.lastCheckpoint().endsWith(":4"), second.lastCheckpoint());

        CollectingContext again = context("s3cret-pw", second.lastCheckpoint());
        connector.pull(again);
        assertTrue(again.stored.isEmpty(), "nothing new: nothing handed over");
    }

    @Test
    void aMessageFetchedTwiceAndAlsoImportedFromAFileIsStoredOnceAndAReusedMessageIdIsNotLost(
            @TempDir Path workspace) throws Exception {
        deliver("qp-latin1.eml");
        deliver("qp-latin1.eml"); // the same mail twice in the mailbox (to the list and in copy)
        deliverBytes(("Message-ID: <qp-1@shop.example>\r\nFrom: Other Customer <other@example.org>\r\n"
                + "Subject: Reklamation\r\nDate: Wed, 4 Nov 2026 08:00:00 +0100\r\n\r\nAnother complaint, "
                + "same Message-ID (a broken client)\r\n").getBytes(StandardCharsets.US_ASCII));
        IngestService ingest = Services.get(IngestService.class);
        try (Store store = Services.get(StoreFactory.class).open(StoreSettings.embedded(workspace))) {
            IngestReport file = ingest.importPath(store, "email", Path.of("resources", "eml", "qp-latin1.eml")
                    .toAbsolutePath(), null);
            assertEquals(new IngestReport(1, 0, 0, 0), file);
            Source source = ingest.save(store, Source.of("email", "service mailbox", Map.of("host", "127.0.0.1",
                    "port", Integer.toString(server.getImap().getPort()), "ssl", "false", "user", "service"), null));
            Services.get(SecretStore.class).put(store.info().workspace(), source.id(), "password",
                    "s3cret-pw".toCharArray());

            IngestReport pulled = ingest.pull(store, source.id(), null);

            assertEquals(new IngestReport(1, 0, 2, 0), pulled,
                    "the file's message again (CRLF from IMAP, LF on disk) and its copy are duplicates; "
                            + "the other mail under the same Message-ID is added");
            assertEquals(2, store.interactions().count());
        }
    }

    @Test
    void aWrongPasswordFailsTheRunWithoutTheSecretInTheMessage() throws Exception {
        deliver("qp-latin1.eml");
        IOException e = assertThrows(IOException.class, () -> connector.pull(context("wrong-guess", null)));
        assertTrue(e.getMessage().startsWith("IMAP imap://127.0.0.1:"), e.getMessage());
        assertTrue(!e.getMessage().contains("wrong-guess"), e.getMessage());
    }
}

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

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;

import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.UIDFolder;
import jakarta.mail.URLName;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPSSLStore;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.parley.channels.ConnectorSettings;
import org.parley.channels.IngestContext;
import org.parley.channels.QuarantineRecord;

/**
 * Pulls a mailbox over IMAP(S), read-only. The checkpoint is {@code <UIDVALIDITY>:<last UID>}: a
 * later pull fetches only UIDs above it; when the server's UIDVALIDITY changed, the whole folder is
 * read again and deduplication by Message-ID keeps the store exact. The store class is constructed
 * directly: Jakarta Mail's provider lookup does not see Angus Mail inside OSGi.
 */
final class ImapPull {

    static final int CHECKPOINT_EVERY = 100;
    static final int FETCH_BATCH = 200;

    private final IngestContext context;
    private final MailParser parser = new MailParser();
    private final long checkpointEvery;

    ImapPull(IngestContext context) {
        this.context = context;
        this.checkpointEvery = Math.max(1,
                context.settings().getLong(EmailConnector.CHECKPOINT_EVERY, CHECKPOINT_EVERY));
    }

    void run() throws IOException {
        ConnectorSettings settings = context.settings();
        String host = settings.get(EmailConnector.HOST)
                .orElseThrow(() -> new IOException("The IMAP host is not set"));
        boolean ssl = settings.getBoolean(EmailConnector.SSL, true);
        int port = (int) settings.getLong(EmailConnector.PORT, ssl ? 993 : 143);
        String user = settings.get(EmailConnector.USER).orElseThrow(() -> new IOException("The IMAP user is not set"));
        String folderName = settings.get(EmailConnector.FOLDER).orElse("INBOX");
        Optional<char[]> password = context.secret(EmailConnector.PASSWORD);
        URLName url = new URLName(ssl ? "imaps" : "imap", host, port, folderName, user, null);
        try {
            MailClassLoader.call(() -> {
                pull(url, ssl, new String(password.orElse(new char[0])), folderName);
                return null;
            });
        } catch (MessagingException e) {
            throw new IOException("IMAP " + (ssl ? "imaps" : "imap") + "://" + host + ":" + port + "/" + folderName
                    + " failed: " + e.getMessage(), e);
        }
    }

    private void pull(URLName url, boolean ssl, String password, String folderName) throws MessagingException {
        IMAPStore store = ssl ? new IMAPSSLStore(parser.session(), url) : new IMAPStore(parser.session(), url);
        store.connect(url.getHost(), url.getPort(), url.getUsername(), password);
        try {
            IMAPFolder folder = (IMAPFolder) store.getFolder(folderName);
            folder.open(Folder.READ_ONLY);
            try {
                readNew(folder, url);
            } finally {
                folder.close(false);
            }
        } finally {
            store.close();
        }
    }

    private void readNew(IMAPFolder folder, URLName url) throws MessagingException {
        long validity = folder.getUIDValidity();
        long last = lastUid(validity);
        Message[] messages = folder.getMessagesByUID(last + 1, IMAPFolder.LASTUID);
        FetchProfile profile = new FetchProfile();
        profile.add(UIDFolder.FetchProfileItem.UID);
        folder.fetch(messages, profile);
        int since = 0;
        for (int i = 0; i < messages.length && !context.isCanceled(); i++) {
            long uid = folder.getUID(messages[i]);
            if (uid <= last) {
                continue; // "n:*" always names the newest message, even when it is older than n
            }
            hand(messages[i], url, uid);
            last = uid;
            if (++since >= checkpointEvery) {
                context.checkpoint(validity + ":" + last);
                context.progress(i + 1, messages.length);
                since = 0;
            }
        }
        context.checkpoint(validity + ":" + last);
        context.progress(messages.length, messages.length);
    }

    private long lastUid(long validity) {
        Optional<String> resume = context.resumeFrom();
        if (resume.isEmpty()) {
            return 0;
        }
        String[] parts = resume.get().split(":");
        if (parts.length != 2 || !parts[0].equals(Long.toString(validity))) {
            return 0; // a new UIDVALIDITY: UIDs were renumbered, read everything again
        }
        return Long.parseLong(parts[1]);
    }

    private void hand(Message message, URLName url, long uid) throws MessagingException {
        byte[] raw;
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
            message.writeTo(out);
            raw = out.toByteArray();
        } catch (IOException e) {
            throw new MessagingException("could not read UID " + uid + ": " + e.getMessage(), e);
        }
        try {
            context.message(parser.parse(raw, null));
        } catch (MailParser.BadMail e) {
            String id = e.messageId != null ? e.messageId : MailParser.scanMessageId(raw);
            String position = url.getProtocol() + "://" + url.getHost() + "/" + url.getFile() + " UID " + uid
                    + (id == null ? "" : " Message-ID <" + id + ">");
            context.quarantine(new QuarantineRecord(position, e.getMessage(), raw));
        }
    }
}

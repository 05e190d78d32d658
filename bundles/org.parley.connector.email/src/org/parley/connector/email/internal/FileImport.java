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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.parley.channels.IngestContext;
import org.parley.channels.QuarantineRecord;

/**
 * Imports an mbox file or one {@code .eml} message. The checkpoint of an mbox is the byte offset of
 * the first message not yet handed over; of an {@code .eml} file, its size once it is read.
 */
final class FileImport {

    static final int CHECKPOINT_EVERY = 200;

    private final Path file;
    private final IngestContext context;
    private final MailParser parser = new MailParser();
    private final long checkpointEvery;

    FileImport(Path file, IngestContext context) {
        this.file = file;
        this.context = context;
        this.checkpointEvery = Math.max(1,
                context.settings().getLong(EmailConnector.CHECKPOINT_EVERY, CHECKPOINT_EVERY));
    }

    void run() throws IOException {
        if (isEml(file)) {
            eml();
        } else {
            mbox();
        }
    }

    static boolean isEml(Path file) {
        return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".eml");
    }

    private void eml() throws IOException {
        long size = Files.size(file);
        long resume = context.resumeFrom().map(Long::parseLong).orElse(0L);
        if (resume >= size && resume > 0) {
            return;
        }
        byte[] raw = Files.readAllBytes(file);
        hand(raw, null, 0);
        context.checkpoint(Long.toString(size));
        context.progress(size, size);
    }

    private void mbox() throws IOException {
        long size = Files.size(file);
        long resume = context.resumeFrom().map(Long::parseLong).orElse(0L);
        if (resume > size || resume > 0 && !MboxReader.startsWithFromLine(file, resume)) {
            resume = 0; // the file changed under the checkpoint: read it all again, dedupe keeps it exact
        }
        int sinceCheckpoint = 0;
        try (MboxReader reader = new MboxReader(file, resume)) {
            MboxReader.Entry entry;
            while (!context.isCanceled() && (entry = reader.next()) != null) {
                hand(entry.message(), entry.fromLine(), entry.offset());
                if (++sinceCheckpoint >= checkpointEvery) {
                    context.checkpoint(Long.toString(reader.position()));
                    context.progress(reader.position(), size);
                    sinceCheckpoint = 0;
                }
            }
            context.checkpoint(Long.toString(reader.position()));
            context.progress(reader.position(), size);
        }
    }

    private void hand(byte[] raw, String fromLine, long offset) {
        try {
            context.message(parser.parse(raw, fromLine));
        } catch (MailParser.BadMail e) {
            String id = e.messageId != null ? e.messageId : MailParser.scanMessageId(raw);
            String position = file.getFileName() + " byte " + offset + (id == null ? "" : " Message-ID <" + id + ">");
            context.quarantine(new QuarantineRecord(position, e.getMessage(), raw));
        }
    }
}

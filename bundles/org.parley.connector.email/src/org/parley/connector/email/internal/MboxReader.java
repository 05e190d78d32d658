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

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads an mbox file message by message. A message starts with a {@code From } line at the start of
 * the file or after a blank line; {@code >From } lines are unquoted the mboxrd way (one {@code >}
 * less), which also reads mboxo files right. Each message knows the byte offset of its
 * {@code From } line, so a run can resume at the first message not yet stored.
 */
final class MboxReader implements AutoCloseable {

    private static final byte[] FROM = "From ".getBytes(StandardCharsets.US_ASCII);

    /** One message: where its From_ line starts, the From_ line, and the message bytes. */
    record Entry(long offset, String fromLine, byte[] message) {
    }

    private final InputStream in;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(256);
    private long position;
    private byte[] pendingLine;
    private long pendingOffset;

    /** Opens the file at a byte offset, which must be the start of a From_ line (or 0). */
    MboxReader(Path file, long offset) throws IOException {
        this.in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        in.skipNBytes(offset);
        this.position = offset;
    }

    /** Whether the file starts (at that offset) like an mbox. */
    static boolean startsWithFromLine(Path file, long offset) {
        try (InputStream s = Files.newInputStream(file)) {
            s.skipNBytes(offset);
            byte[] head = s.readNBytes(FROM.length);
            return java.util.Arrays.equals(head, FROM);
        } catch (IOException e) {
            return false;
        }
    }

    /** The position just after the last message returned: where a resumed run starts. */
    long position() {
        return pendingLine == null ? position : pendingOffset;
    }

    /** The next message, or null at the end of the file. */
    Entry next() throws IOException {
        byte[] first = pendingLine;
        long offset = pendingOffset;
        pendingLine = null;
        if (first == null) {
            offset = position;
            first = readLine();
            while (first != null && !isFromLine(first)) {
                offset = position;
                first = readLine(); // text before the first From_ line is not a message
            }
            if (first == null) {
                return null;
            }
        }
        ByteArrayOutputStream message = new ByteArrayOutputStream(4096);
        boolean previousBlank = false;
        while (true) {
            long lineStart = position;
            byte[] l = readLine();
            if (l == null) {
                break;
            }
            if (previousBlank && isFromLine(l)) {
                pendingLine = l;
                pendingOffset = lineStart;
                break;
            }
            previousBlank = isBlank(l);
            writeUnquoted(message, l);
        }
        String fromLine = new String(first, StandardCharsets.ISO_8859_1).strip();
        return new Entry(offset, fromLine, trimTrailingBlankLine(message.toByteArray()));
    }

    private static boolean isFromLine(byte[] l) {
        if (l.length < FROM.length) {
            return false;
        }
        for (int i = 0; i < FROM.length; i++) {
            if (l[i] != FROM[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isBlank(byte[] l) {
        return l.length == 0 || l.length == 1 && l[0] == '\n' || l.length == 2 && l[0] == '\r' && l[1] == '\n';
    }

    private static void writeUnquoted(ByteArrayOutputStream out, byte[] l) {
        int i = 0;
        while (i < l.length && l[i] == '>') {
            i++;
        }
        boolean quotedFrom = i > 0 && l.length - i >= FROM.length;
        for (int k = 0; quotedFrom && k < FROM.length; k++) {
            quotedFrom = l[i + k] == FROM[k];
        }
        if (quotedFrom) {
            out.write(l, 1, l.length - 1);
        } else {
            out.write(l, 0, l.length);
        }
    }

    /** The blank line that separates messages in an mbox belongs to the file, not the message. */
    private static byte[] trimTrailingBlankLine(byte[] m) {
        int end = m.length;
        if (end >= 2 && m[end - 1] == '\n' && m[end - 2] == '\n') {
            end--;
        } else if (end >= 4 && m[end - 1] == '\n' && m[end - 2] == '\r' && m[end - 3] == '\n') {
            end -= 2;
        }
        return end == m.length ? m : java.util.Arrays.copyOf(m, end);
    }

    /** A line with its line end, or null at the end of the file. */
    private byte[] readLine() throws IOException {
        line.reset();
        int b;
        while ((b = in.read()) >= 0) {
            line.write(b);
            position++;
            if (b == '\n') {
                break;
            }
        }
        return line.size() == 0 ? null : line.toByteArray();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}

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

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One file of an X account archive, {@code window.YTD.<kind>.partN = [ ... ]}, read as a stream of
 * JSON records so that archives of any size fit in memory.
 */
final class ArchiveFile {

    /** Receives the records of a file in order. */
    interface RecordHandler {
        /**
         * @param index
         *            the record's number in the file, from 1
         * @param record
         *            the record
         * @param line
         *            the line it starts on
         * @return false to stop reading
         */
        boolean record(long index, JsonNode record, long line);

        /**
         * The rest of the file is not valid JSON: nothing after {@code line} can be read.
         *
         * @param tail
         *            the bytes from the start of the broken record (or the end of the last good one) to the
         *            end of the file, at most {@link #MAX_TAIL}
         */
        void broken(long index, long line, String reason, byte[] tail);
    }

    static final ObjectMapper MAPPER = new ObjectMapper();

    /** The most bytes of a broken tail kept for the quarantine. */
    static final int MAX_TAIL = 1 << 20;

    private static final int MAX_PREFIX = 200;

    private final Path file;
    /** Bytes before the parser's input: the prefix and its '[' (the parser reads a '[' of its own). */
    private long skipped;

    ArchiveFile(Path file) {
        this.file = file;
    }

    /** Reads every record; throws when the file is not an archive file at all. */
    void read(RecordHandler handler) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            String prefix = skipPrefix(in);
            if (!prefix.startsWith("window.YTD.")) {
                throw new IOException(file.getFileName() + " is not an X archive file: it does not start with "
                        + "'window.YTD.<name>.part0 = ['");
            }
            InputStream records = new SequenceInputStream(new ByteArrayInputStream(new byte[]{'['}), in);
            try (JsonParser parser = MAPPER.getFactory().createParser(records)) {
                readRecords(parser, handler, skipped - 1);
            }
        }
    }

    private void readRecords(JsonParser parser, RecordHandler handler, long shift) throws IOException {
        long index = 0;
        long line = 1;
        long restFrom = shift + 1;
        boolean inside = false;
        try {
            parser.nextToken(); // the '[' that opens the records
            JsonToken token = parser.nextToken();
            while (token != null && token != JsonToken.END_ARRAY) {
                index++;
                line = parser.currentTokenLocation().getLineNr();
                restFrom = shift + parser.currentTokenLocation().getByteOffset();
                inside = true;
                JsonNode record = MAPPER.readTree(parser);
                inside = false;
                restFrom = shift + parser.currentLocation().getByteOffset();
                if (!handler.record(index, record, line)) {
                    return;
                }
                token = parser.nextToken();
            }
            if (token == null) {
                handler.broken(index, line, "the file ends after record " + index
                        + " without the ']' that closes its records (truncated?)", tail(restFrom));
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            long badLine = at == null ? line : at.getLineNr();
            String reason;
            if (e instanceof JsonEOFException && inside) {
                reason = "the file ends inside record " + index + " (line " + line + "): it was cut off (truncated?)";
            } else if (e instanceof JsonEOFException) {
                reason = "the file ends after record " + index
                        + " without the ']' that closes its records (truncated?)";
            } else {
                reason = "invalid JSON at line " + badLine + ": " + e.getOriginalMessage();
            }
            handler.broken(index, inside ? line : badLine, reason, tail(restFrom));
        }
    }

    /** The file's bytes from {@code offset} on, at most {@link #MAX_TAIL}. */
    private byte[] tail(long offset) {
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            long from = Math.max(0, Math.min(offset, channel.size()));
            channel.position(from);
            ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(MAX_TAIL, channel.size() - from));
            while (buffer.hasRemaining() && channel.read(buffer) > 0) {
                // reads on
            }
            return Arrays.copyOf(buffer.array(), buffer.position());
        } catch (IOException e) {
            return new byte[0];
        }
    }

    /** Reads up to and including the '[' that opens the records; returns what came before it. */
    private String skipPrefix(InputStream in) throws IOException {
        StringBuilder prefix = new StringBuilder();
        int c = in.read();
        skipped = 1;
        if (c == 0xEF) {
            in.skipNBytes(2); // UTF-8 byte order mark
            c = in.read();
            skipped += 3;
        }
        while (c != -1 && c != '[' && prefix.length() < MAX_PREFIX) {
            prefix.append((char) c);
            c = in.read();
            skipped++;
        }
        if (c != '[') {
            throw new IOException(file.getFileName() + " is not an X archive file: no '[' opens its records");
        }
        return new String(prefix.toString().getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8).strip();
    }
}

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
 * <p>
 * A damaged stretch (invalid JSON: a flipped byte, a lost quote) costs only the record it is in:
 * the reader quarantines that record's bytes and resynchronises at the start of the next top-level
 * record ({@link RecordStarts}: a <code>{</code> after <code>,</code> or <code>[</code>, opening
 * with the same key as the file's records, {@code "tweet"} in {@code tweets.js}), then reads on.
 * Only a file cut off inside its last record loses that record and nothing else.
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
         * A stretch of the file that is no readable record: a damaged record (reading goes on at the next
         * record after it) or the file's cut-off end.
         *
         * @param index
         *            the number of the damaged record (it counts as a record), or of the last good one when
         *            the damage lies between records or at the end
         * @param line
         *            the line the stretch starts on
         * @param position
         *            where it is, for the quarantine: {@code tweet 7 (line 214)}, {@code from line 901}
         * @param raw
         *            its bytes, from the start of the damaged record (or the end of the last good one), at
         *            most {@link #MAX_TAIL}
         */
        void broken(long index, long line, String position, String reason, byte[] raw);
    }

    static final ObjectMapper MAPPER = new ObjectMapper();

    /** The most bytes of a broken stretch kept for the quarantine. */
    static final int MAX_TAIL = 1 << 20;

    private static final int MAX_PREFIX = 200;

    private final Path file;
    /** Bytes before the records: the prefix and its '['. */
    private long skipped;
    /** Lines before the records' first line. */
    private long prefixLines;

    /** Where one stretch of parsing stopped. */
    private record Stop(long index, long line, long from, String reason, boolean inRecord) {
    }

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
        }
        long from = skipped;
        long firstLine = prefixLines + 1;
        long index = 0;
        RecordStarts starts = new RecordStarts(file);
        while (true) {
            Stop stop = readFrom(from, firstLine, index, handler, starts);
            if (stop == null) {
                return;
            }
            long next = starts.after(stop.inRecord() || stop.from() <= from ? stop.from() + 1 : stop.from());
            byte[] raw = bytes(stop.from(), next < 0 ? Long.MAX_VALUE : next);
            if (next < 0) {
                handler.broken(stop.index(), stop.line(), "from line " + stop.line(),
                        stop.reason() + "; the rest of the file cannot be read", raw);
                return;
            }
            long nextLine = stop.line() + newlines(raw);
            raw = trimSeparator(raw);
            String position = stop.inRecord()
                    ? "tweet " + stop.index() + " (line " + stop.line() + ")"
                    : "after tweet " + stop.index() + " (line " + stop.line() + ")";
            handler.broken(stop.index(), stop.line(), position,
                    stop.reason() + "; reading went on at the next record (line " + nextLine + ")", raw);
            from = next;
            firstLine = nextLine;
            index = stop.index();
        }
    }

    /**
     * Parses records from the file offset {@code from} (line {@code firstLine}) on, numbering them
     * after {@code index}; null when the records ended well (or the handler stopped), else where it
     * broke.
     */
    private Stop readFrom(long from, long firstLine, long index, RecordHandler handler, RecordStarts starts)
            throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            in.skipNBytes(from);
            InputStream records = new SequenceInputStream(new ByteArrayInputStream(new byte[]{'['}), in);
            try (JsonParser parser = MAPPER.getFactory().createParser(records)) {
                return readRecords(parser, handler, from - 1, firstLine - 1, index, starts);
            }
        }
    }

    private static Stop readRecords(JsonParser parser, RecordHandler handler, long shift, long lineShift,
            long index, RecordStarts starts) throws IOException {
        long line = lineShift + 1;
        long restFrom = shift + 1;
        boolean inside = false;
        try {
            parser.nextToken(); // the '[' that opens the records
            JsonToken token = parser.nextToken();
            while (token != null && token != JsonToken.END_ARRAY) {
                index++;
                line = lineShift + parser.currentTokenLocation().getLineNr();
                restFrom = shift + parser.currentTokenLocation().getByteOffset();
                inside = true;
                JsonNode record = MAPPER.readTree(parser);
                inside = false;
                starts.learn(record);
                restFrom = shift + parser.currentLocation().getByteOffset();
                if (!handler.record(index, record, line)) {
                    return null;
                }
                token = parser.nextToken();
            }
            if (token == null) {
                return new Stop(index, line, restFrom,
                        "the file ends after record " + index + " without the ']' that closes its records "
                                + "(truncated?)",
                        false);
            }
            return null;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            long badLine = at == null ? line : lineShift + at.getLineNr();
            String reason;
            if (e instanceof JsonEOFException && inside) {
                reason = "the file ends inside record " + index + " (line " + line + "): it was cut off (truncated?)";
            } else if (e instanceof JsonEOFException) {
                reason = "the file ends after record " + index
                        + " without the ']' that closes its records (truncated?)";
            } else {
                reason = "invalid JSON at line " + badLine + ": " + e.getOriginalMessage();
            }
            return new Stop(index, inside ? line : badLine, restFrom, reason, inside);
        }
    }

    /** The file's bytes from {@code offset} to {@code end}, at most {@link #MAX_TAIL}. */
    private byte[] bytes(long offset, long end) {
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            long from = Math.max(0, Math.min(offset, channel.size()));
            long to = Math.min(end, channel.size());
            channel.position(from);
            ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(MAX_TAIL, Math.max(0, to - from)));
            while (buffer.hasRemaining() && channel.read(buffer) > 0) {
                // reads on
            }
            return Arrays.copyOf(buffer.array(), buffer.position());
        } catch (IOException e) {
            return new byte[0];
        }
    }

    private static long newlines(byte[] bytes) {
        long n = 0;
        for (byte b : bytes) {
            n += b == '\n' ? 1 : 0;
        }
        return n;
    }

    /** A damaged record's bytes without the separator and white space before the next record. */
    private static byte[] trimSeparator(byte[] raw) {
        int end = raw.length;
        while (end > 0 && (Character.isWhitespace(raw[end - 1]) || raw[end - 1] == ',')) {
            end--;
        }
        int start = 0;
        while (start < end && (Character.isWhitespace(raw[start]) || raw[start] == ',')) {
            start++;
        }
        return Arrays.copyOfRange(raw, start, end);
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
            prefixLines += c == '\n' ? 1 : 0;
            c = in.read();
            skipped++;
        }
        if (c != '[') {
            throw new IOException(file.getFileName() + " is not an X archive file: no '[' opens its records");
        }
        return new String(prefix.toString().getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8).strip();
    }
}

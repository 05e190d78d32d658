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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.core.JsonLocation;
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

        /** The rest of the file is not valid JSON: nothing after {@code line} can be read. */
        void broken(long index, long line, String reason);
    }

    static final ObjectMapper MAPPER = new ObjectMapper();

    private static final int MAX_PREFIX = 200;

    private final Path file;

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
                readRecords(parser, handler);
            }
        }
    }

    private static void readRecords(JsonParser parser, RecordHandler handler) throws IOException {
        long index = 0;
        long line = 1;
        try {
            parser.nextToken(); // the '[' that opens the records
            JsonToken token = parser.nextToken();
            while (token != null && token != JsonToken.END_ARRAY) {
                index++;
                line = parser.currentTokenLocation().getLineNr();
                JsonNode record = MAPPER.readTree(parser);
                if (!handler.record(index, record, line)) {
                    return;
                }
                token = parser.nextToken();
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            long badLine = at == null ? line : at.getLineNr();
            handler.broken(index, badLine, "invalid JSON at line " + badLine + ": " + e.getOriginalMessage());
        }
    }

    /** Reads up to and including the '[' that opens the records; returns what came before it. */
    private String skipPrefix(InputStream in) throws IOException {
        StringBuilder prefix = new StringBuilder();
        int c = in.read();
        if (c == 0xEF) {
            in.skipNBytes(2); // UTF-8 byte order mark
            c = in.read();
        }
        while (c != -1 && c != '[' && prefix.length() < MAX_PREFIX) {
            prefix.append((char) c);
            c = in.read();
        }
        if (c != '[') {
            throw new IOException(file.getFileName() + " is not an X archive file: no '[' opens its records");
        }
        return new String(prefix.toString().getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8).strip();
    }
}

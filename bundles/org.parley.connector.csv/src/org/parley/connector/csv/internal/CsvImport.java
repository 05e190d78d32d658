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

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.parley.channels.IngestContext;
import org.parley.channels.QuarantineRecord;
import org.parley.connector.csv.CsvProfile;

/**
 * One import of one CSV file: detects encoding and delimiter, maps the header, and hands each row
 * to the context. The checkpoint is the number of data records read, so a resumed run skips that
 * many and goes on.
 */
final class CsvImport {

    static final int CHECKPOINT_EVERY = 500;

    private final Path file;
    private final CsvProfile profile;
    private final IngestContext context;
    private final long checkpointEvery;
    private long bytesRead;

    CsvImport(Path file, CsvProfile profile, IngestContext context) {
        this.file = file;
        this.profile = profile;
        this.context = context;
        this.checkpointEvery = Math.max(1, context.settings().getLong(CsvConnector.CHECKPOINT_EVERY, CHECKPOINT_EVERY));
    }

    void run() throws IOException {
        CsvSniffer.Encoding encoding = CsvSniffer.encoding(file, profile.encoding());
        char delimiter = CsvSniffer.delimiter(profile.delimiter(), sample(encoding));
        long resume = context.resumeFrom().map(Long::parseLong).orElse(0L);
        long size = Files.size(file);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(false).get();
        try (Reader reader = reader(encoding); CSVParser parser = CSVParser.parse(reader, format)) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                context.checkpoint(Long.toString(resume));
                return;
            }
            List<String> header = new ArrayList<>(records.next().toList());
            RowMapper mapper = new RowMapper(new ColumnMap(header, profile.columns()), header.size(), profile,
                    OffsetDateTime.ofInstant(Files.getLastModifiedTime(file).toInstant(), ZoneOffset.UTC),
                    delimiter);
            long done = readRows(parser, records, mapper, resume, size);
            context.checkpoint(Long.toString(done));
            context.progress(size, size);
        }
    }

    private long readRows(CSVParser parser, Iterator<CSVRecord> records, RowMapper mapper, long resume, long size) {
        long n = 0;
        long line = parser.getCurrentLineNumber() + 1;
        while (!context.isCanceled()) {
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    break;
                }
                record = records.next();
            } catch (UncheckedIOException | IllegalStateException e) {
                if (n >= resume) {
                    context.quarantine(new QuarantineRecord(position(line), "malformed CSV, the rest of the file "
                            + "cannot be read: " + e.getMessage(), new byte[0]));
                }
                return n + 1;
            }
            n++;
            if (n > resume) {
                handle(record, mapper, line);
                if (n % checkpointEvery == 0) {
                    context.checkpoint(Long.toString(n));
                    context.progress(bytesRead, size);
                }
            }
            line = parser.getCurrentLineNumber() + 1;
        }
        return n;
    }

    private void handle(CSVRecord record, RowMapper mapper, long line) {
        try {
            context.message(mapper.map(record));
        } catch (RowMapper.BadRow e) {
            context.quarantine(new QuarantineRecord(position(line), e.getMessage(),
                    mapper.raw(record).getBytes(StandardCharsets.UTF_8)));
        } catch (RuntimeException e) {
            context.quarantine(new QuarantineRecord(position(line), "unreadable row: " + e.getMessage(),
                    mapper.raw(record).getBytes(StandardCharsets.UTF_8)));
        }
    }

    private String position(long line) {
        return file.getFileName() + ":" + line;
    }

    private String sample(CsvSniffer.Encoding encoding) throws IOException {
        byte[] head = CsvSniffer.head(file, 64 * 1024);
        int skip = Math.min(encoding.bom(), head.length);
        return new String(head, skip, head.length - skip, encoding.charset());
    }

    private Reader reader(CsvSniffer.Encoding encoding) throws IOException {
        InputStream in = new FilterInputStream(Files.newInputStream(file)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int r = super.read(b, off, len);
                bytesRead += Math.max(r, 0);
                return r;
            }
        };
        in.skipNBytes(encoding.bom());
        CharsetDecoder decoder = encoding.charset().newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        return new BufferedReader(new InputStreamReader(in, decoder), 1 << 16);
    }
}

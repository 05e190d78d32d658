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
 * <p>
 * A row the CSV parser cannot read (a quote left open, junk after a closing quote) is quarantined
 * on its own, as the physical line it starts on, and reading resynchronises on the next line with a
 * new parser, so the rows after the damage are still imported. It counts as one record, the same in
 * every run, so checkpoints stay exact.
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
        RowMapper mapper = null;
        Damage damage = new Damage(0, 0);
        while (true) {
            try (Reader reader = reader(encoding)) {
                String damagedLine = skipLines(reader, damage.line());
                if (damage.line() > 0 && damage.records() > resume) {
                    context.quarantine(new QuarantineRecord(position(damage.line()), damage.reason(),
                            damagedLine.getBytes(StandardCharsets.UTF_8)));
                }
                CSVParser parser = CSVParser.parse(reader, format);
                Iterator<CSVRecord> records = parser.iterator();
                if (mapper == null) {
                    if (!records.hasNext()) {
                        context.checkpoint(Long.toString(resume));
                        return;
                    }
                    List<String> header = new ArrayList<>(records.next().toList());
                    mapper = new RowMapper(new ColumnMap(header, profile.columns()), header.size(), profile,
                            OffsetDateTime.ofInstant(Files.getLastModifiedTime(file).toInstant(), ZoneOffset.UTC),
                            delimiter);
                }
                damage = readRows(parser, records, mapper, resume, size, damage);
                if (damage.reason() == null) {
                    context.checkpoint(Long.toString(damage.records()));
                    context.progress(size, size);
                    return;
                }
            }
        }
    }

    /**
     * Where reading stopped: after {@code records} records, at the physical {@code line} a damaged row
     * starts on ({@code reason} says why), or at the end ({@code reason} null).
     */
    private record Damage(long records, long line, String reason) {
        Damage(long records, long line) {
            this(records, line, null);
        }
    }

    /** Skips the first {@code lines} lines; returns the last of them without its line end. */
    private static String skipLines(Reader reader, long lines) throws IOException {
        StringBuilder last = new StringBuilder();
        for (long i = 0; i < lines; i++) {
            last.setLength(0);
            int c;
            while ((c = reader.read()) >= 0 && c != '\n') {
                last.append((char) c);
            }
            if (c < 0) {
                break;
            }
        }
        int end = last.length();
        return end > 0 && last.charAt(end - 1) == '\r' ? last.substring(0, end - 1) : last.toString();
    }

    private Damage readRows(CSVParser parser, Iterator<CSVRecord> records, RowMapper mapper, long resume, long size,
            Damage from) {
        long n = from.records();
        long shift = from.line();
        long line = shift + parser.getCurrentLineNumber() + 1;
        while (!context.isCanceled()) {
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    break;
                }
                record = records.next();
            } catch (UncheckedIOException | IllegalStateException e) {
                return new Damage(n + 1, line, "malformed CSV (the row is kept as its first line; reading went "
                        + "on at the next line): " + e.getMessage());
            }
            n++;
            if (n > resume) {
                handle(record, mapper, line);
                if (n % checkpointEvery == 0) {
                    context.checkpoint(Long.toString(n));
                    context.progress(bytesRead, size);
                }
            }
            line = shift + parser.getCurrentLineNumber() + 1;
        }
        return new Damage(n, line);
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
        bytesRead = 0;
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

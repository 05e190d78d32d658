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
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Finds where the next top-level record of an archive file starts after damage: the <code>{</code>
 * of an object whose first key is the key the file's records open with ({@code "tweet"} in
 * {@code tweets.js}, learnt from the first good record). Until a record was read whole, any object
 * that follows a <code>,</code> or <code>[</code> counts. Nested objects of a tweet never open with
 * its record key, so a match is a record boundary unless the damage itself forged one.
 */
final class RecordStarts {

    private static final int LOOK_AHEAD = 256;

    private final Path file;
    private byte[] key;

    RecordStarts(Path file) {
        this.file = file;
    }

    /** Takes the record key from a record read whole, once. */
    void learn(JsonNode record) {
        if (key == null && record.isObject()) {
            Iterator<String> names = record.fieldNames();
            if (names.hasNext()) {
                key = ('"' + names.next() + '"').getBytes(StandardCharsets.UTF_8);
            }
        }
    }

    /**
     * The file offset of the first record start at or after {@code offset}, or -1 when there is none.
     */
    long after(long offset) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            in.skipNBytes(offset);
            long position = offset;
            int previous = ' ';
            int b;
            while ((b = in.read()) >= 0) {
                if (b == '{' && (key != null || previous == ',' || previous == '[') && opensRecord(in)) {
                    return position;
                }
                if (!isSpace(b)) {
                    previous = b;
                }
                position++;
            }
            return -1;
        }
    }

    /**
     * Whether what follows a <code>{</code> is white space, the record key (or any key) and a colon.
     */
    private boolean opensRecord(InputStream in) throws IOException {
        in.mark(LOOK_AHEAD);
        try {
            byte[] ahead = in.readNBytes(LOOK_AHEAD);
            int i = 0;
            while (i < ahead.length && isSpace(ahead[i])) {
                i++;
            }
            if (key != null) {
                if (ahead.length - i < key.length) {
                    return false;
                }
                for (int k = 0; k < key.length; k++) {
                    if (ahead[i + k] != key[k]) {
                        return false;
                    }
                }
                i += key.length;
            } else {
                if (i >= ahead.length || ahead[i] != '"') {
                    return false;
                }
                i++;
                while (i < ahead.length && ahead[i] != '"') {
                    i++;
                }
                i++;
            }
            while (i < ahead.length && isSpace(ahead[i])) {
                i++;
            }
            return i < ahead.length && ahead[i] == ':';
        } finally {
            in.reset();
        }
    }

    private static boolean isSpace(int b) {
        return b == ' ' || b == '\n' || b == '\r' || b == '\t';
    }
}

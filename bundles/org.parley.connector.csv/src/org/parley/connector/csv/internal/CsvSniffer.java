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

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Guesses how a CSV file is written: its encoding (a byte-order mark, else UTF-8 when the first
 * megabyte is valid UTF-8, else windows-1252) and its delimiter (the one of {@code , ; tab |} that
 * splits the first lines into the same number of fields, outside quotes).
 */
final class CsvSniffer {

    static final int SAMPLE = 1 << 20;
    private static final char[] DELIMITERS = {',', ';', '\t', '|'};
    private static final int LINES = 20;

    private CsvSniffer() {
    }

    /** What was found: the charset and how many bytes of byte-order mark to skip. */
    record Encoding(Charset charset, int bom) {
    }

    static Encoding encoding(Path file, String setting) throws IOException {
        byte[] head = head(file, SAMPLE);
        Encoding bom = bom(head);
        if (!"auto".equalsIgnoreCase(setting)) {
            Charset charset = Charset.forName(setting);
            return new Encoding(charset, bom != null && bom.charset().equals(charset) ? bom.bom() : 0);
        }
        if (bom != null) {
            return bom;
        }
        return new Encoding(isUtf8(head) ? StandardCharsets.UTF_8 : Charset.forName("windows-1252"), 0);
    }

    private static Encoding bom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return new Encoding(StandardCharsets.UTF_8, 3);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            return new Encoding(StandardCharsets.UTF_16LE, 2);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            return new Encoding(StandardCharsets.UTF_16BE, 2);
        }
        return null;
    }

    /** Valid UTF-8, allowing a multi-byte sequence cut off at the end of the sample. */
    static boolean isUtf8(byte[] sample) {
        int end = sample.length;
        // step back over a possibly truncated last sequence
        int back = 0;
        while (back < 3 && end - back - 1 >= 0 && (sample[end - back - 1] & 0xC0) == 0x80) {
            back++;
        }
        if (end - back - 1 >= 0 && (sample[end - back - 1] & 0x80) != 0 && sample.length == SAMPLE) {
            end = end - back - 1;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(sample, 0, end));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** The delimiter character for a setting of {@code auto}, a name or the character itself. */
    static char delimiter(String setting, String sample) {
        return switch (setting.toLowerCase(java.util.Locale.ROOT)) {
            case "auto" -> detect(sample);
            case "comma" -> ',';
            case "semicolon" -> ';';
            case "tab", "\\t" -> '\t';
            case "pipe" -> '|';
            default -> setting.charAt(0);
        };
    }

    /** The delimiter whose count per line is non-zero and the same on most of the first lines. */
    static char detect(String sample) {
        String[] lines = sample.split("\r?\n", LINES + 1);
        int n = Math.min(lines.length, LINES);
        char best = ',';
        int bestScore = -1;
        for (char d : DELIMITERS) {
            int[] counts = new int[n];
            for (int i = 0; i < n; i++) {
                counts[i] = countOutsideQuotes(lines[i], d);
            }
            int first = counts.length == 0 ? 0 : counts[0];
            if (first == 0) {
                continue;
            }
            long same = Arrays.stream(counts).filter(c -> c == first).count();
            int score = (int) same * 1000 + first;
            if (score > bestScore) {
                bestScore = score;
                best = d;
            }
        }
        return best;
    }

    private static int countOutsideQuotes(String line, char d) {
        int count = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == d && !quoted) {
                count++;
            }
        }
        return count;
    }

    static byte[] head(Path file, int max) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(max);
        }
    }
}

/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.connector.feed.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Cuts the bytes of a feed that is not well-formed XML into its head (everything before the first
 * {@code <item>} or {@code <entry>} start tag, any namespace prefix) and one segment per entry, so
 * that each entry can be parsed alone inside the head. It reads markup only: CDATA sections,
 * comments and processing instructions are stepped over (an {@code </item>} in a CDATA section is
 * text); an entry whose end tag is missing ends at the next entry's start tag or at the end of the
 * document. Only for encodings whose markup is ASCII (UTF-8, ISO-8859-x, windows-125x); never for a
 * document that declares a document type anywhere (the caller refuses those whole).
 */
final class EntrySplitter {

    /** One entry's bytes {@code [start, end)}; {@code closed} when its end tag was found. */
    record Segment(int number, int start, int end, String name, boolean closed) {
    }

    /** The head's bytes {@code [0, headEnd)}, the end tags that close what it opens, the entries. */
    record Split(int headEnd, String closers, List<Segment> entries) {

        byte[] wrap(byte[] bytes, Segment segment) {
            byte[] tail = closers.getBytes(StandardCharsets.US_ASCII);
            int length = segment.end() - segment.start();
            byte[] document = new byte[headEnd + length + tail.length];
            System.arraycopy(bytes, 0, document, 0, headEnd);
            System.arraycopy(bytes, segment.start(), document, headEnd, length);
            System.arraycopy(tail, 0, document, headEnd + length, tail.length);
            return document;
        }

        byte[] head(byte[] bytes) {
            byte[] tail = closers.getBytes(StandardCharsets.US_ASCII);
            byte[] document = new byte[headEnd + tail.length];
            System.arraycopy(bytes, 0, document, 0, headEnd);
            System.arraycopy(tail, 0, document, headEnd, tail.length);
            return document;
        }
    }

    private final byte[] bytes;
    private final List<Segment> entries = new ArrayList<>();
    private final Deque<String> open = new ArrayDeque<>();
    private int headEnd = -1;
    private int entryStart = -1;
    private String entryName;

    private EntrySplitter(byte[] bytes) {
        this.bytes = bytes;
    }

    /** The head and the entries, or empty when the document has no entry start tag. */
    static Optional<Split> split(byte[] bytes) {
        EntrySplitter splitter = new EntrySplitter(bytes);
        splitter.scan();
        if (splitter.headEnd < 0) {
            return Optional.empty();
        }
        StringBuilder closers = new StringBuilder();
        for (String name : splitter.open) {
            closers.append("</").append(name).append('>');
        }
        return Optional.of(new Split(splitter.headEnd, closers.toString(), List.copyOf(splitter.entries)));
    }

    /** Whether the bytes hold a document type or entity declaration anywhere, in any case. */
    static boolean declaresDocumentType(byte[] bytes) {
        return indexOfIgnoreCase(bytes, "<!doctype") >= 0 || indexOfIgnoreCase(bytes, "<!entity") >= 0;
    }

    private void scan() {
        int i = 0;
        while (i < bytes.length) {
            if (bytes[i] != '<') {
                i++;
            } else if (startsWith(i, "<![CDATA[")) {
                i = skip(i, "<![CDATA[", "]]>");
            } else if (startsWith(i, "<!--")) {
                i = skip(i, "<!--", "-->");
            } else if (startsWith(i, "<?")) {
                i = skip(i, "<?", "?>");
            } else {
                i = tag(i);
            }
        }
        if (entryStart >= 0) {
            entries.add(new Segment(entries.size() + 1, entryStart, bytes.length, entryName, false));
        }
    }

    /** Past the section that opens at {@code i}; a section never closed is read as text. */
    private int skip(int i, String opener, String closer) {
        int end = indexOf(bytes, closer, i + opener.length());
        return end < 0 ? i + opener.length() : end + closer.length();
    }

    /** Reads the tag at {@code i} (start or end tag, or stray {@code <}); returns where to go on. */
    private int tag(int i) {
        boolean end = i + 1 < bytes.length && bytes[i + 1] == '/';
        int from = end ? i + 2 : i + 1;
        int to = from;
        while (to < bytes.length && isNameByte(bytes[to])) {
            to++;
        }
        if (to == from || to < bytes.length && !isDelimiter(bytes[to])) {
            return i + 1;
        }
        String name = new String(bytes, from, to - from, StandardCharsets.US_ASCII);
        int gt = indexOf(bytes, ">", to);
        boolean empty = !end && gt > 0 && bytes[gt - 1] == '/';
        if (isEntry(name)) {
            entryTag(i, name, end, empty, gt);
        } else if (headEnd < 0) {
            headTag(name, end, empty);
        }
        return to;
    }

    private void entryTag(int i, String name, boolean end, boolean empty, int gt) {
        if (end) {
            if (entryStart >= 0 && name.equals(entryName)) {
                int stop = gt < 0 ? bytes.length : gt + 1;
                entries.add(new Segment(entries.size() + 1, entryStart, stop, entryName, true));
                entryStart = -1;
            }
            return;
        }
        if (headEnd < 0) {
            headEnd = i;
        }
        if (entryStart >= 0) {
            entries.add(new Segment(entries.size() + 1, entryStart, i, entryName, false));
        }
        if (empty) {
            entries.add(new Segment(entries.size() + 1, i, gt + 1, name, true));
            entryStart = -1;
        } else {
            entryStart = i;
            entryName = name;
        }
    }

    /** Keeps the elements the head leaves open (the root, an RSS 2.0 channel), innermost first. */
    private void headTag(String name, boolean end, boolean empty) {
        if (end) {
            if (open.contains(name)) {
                String closed;
                do {
                    closed = open.pop(); // with any element left open inside it
                } while (!name.equals(closed));
            }
        } else if (!empty) {
            open.push(name);
        }
    }

    private static boolean isEntry(String name) {
        String local = name.substring(name.lastIndexOf(':') + 1);
        return "item".equals(local) || "entry".equals(local);
    }

    private static boolean isNameByte(byte b) {
        return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '_' || b == '-'
                || b == '.' || b == ':' || b < 0;
    }

    private static boolean isDelimiter(byte b) {
        return b == '>' || b == '/' || b == ' ' || b == '\t' || b == '\n' || b == '\r';
    }

    private boolean startsWith(int i, String text) {
        if (i + text.length() > bytes.length) {
            return false;
        }
        for (int k = 0; k < text.length(); k++) {
            if (bytes[i + k] != text.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] bytes, String text, int from) {
        byte first = (byte) text.charAt(0);
        for (int i = Math.max(0, from); i <= bytes.length - text.length(); i++) {
            if (bytes[i] == first && regionMatches(bytes, i, text, false)) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOfIgnoreCase(byte[] bytes, String lowerCase) {
        for (int i = 0; i <= bytes.length - lowerCase.length(); i++) {
            if (bytes[i] == '<' && regionMatches(bytes, i, lowerCase, true)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean regionMatches(byte[] bytes, int at, String text, boolean ignoreCase) {
        for (int k = 0; k < text.length(); k++) {
            int b = bytes[at + k];
            if (ignoreCase && b >= 'A' && b <= 'Z') {
                b += 'a' - 'A';
            }
            if (b != text.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}

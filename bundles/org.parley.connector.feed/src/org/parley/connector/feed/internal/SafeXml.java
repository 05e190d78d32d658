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

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.jdom2.Document;
import org.jdom2.JDOMException;
import org.jdom2.input.SAXBuilder;
import org.jdom2.input.sax.XMLReaders;
import org.xml.sax.InputSource;

/**
 * Parses feed XML without ever reading anything but the bytes given: a document type declaration
 * (the door to external entities (XXE) and to entity expansion such as "billion laughs") is refused
 * before parsing, and the parser is configured to refuse it too, resolve no external entity and
 * load no DTD.
 */
final class SafeXml {

    /** The prolog is looked at up to this many characters. */
    private static final int PROLOG_LIMIT = 64 * 1024;

    private SafeXml() {
    }

    /** Why the XML was refused or could not be read. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        private final boolean hostile;

        Refused(String reason, Throwable cause) {
            this(reason, cause, false);
        }

        Refused(String reason, Throwable cause, boolean hostile) {
            super(reason, cause);
            this.hostile = hostile;
        }

        /**
         * Whether the XML was refused for what it declares (a document type, entities), not for being
         * malformed: such a document is never read in part.
         */
        boolean hostile() {
            return hostile;
        }
    }

    /** The reason a document with a document type or entity declaration is refused. */
    static final String DOCTYPE_REFUSED = "the feed declares a document type or entities (<!DOCTYPE/<!ENTITY>); "
            + "such feeds are refused to protect against external entities (XXE) and entity expansion";

    /** Whether the bytes are UTF-16 (a byte order mark or a zero byte at the start). */
    static boolean isUtf16(byte[] bytes) {
        return bytes.length >= 2 && (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF
                || bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE || bytes[0] == 0 || bytes[1] == 0);
    }

    static Document parse(byte[] bytes) throws Refused {
        String prolog = prolog(bytes);
        if (prolog.contains("<!doctype") || prolog.contains("<!entity")) {
            throw new Refused(DOCTYPE_REFUSED, null, true);
        }
        try {
            return builder().build(new ByteArrayInputStream(bytes));
        } catch (JDOMException e) {
            throw new Refused("not well-formed XML: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new Refused("the XML cannot be read: " + e.getMessage(), e);
        }
    }

    /** What comes before the root element, in lower case (also for UTF-16 documents). */
    private static String prolog(byte[] bytes) {
        int length = Math.min(bytes.length, PROLOG_LIMIT);
        boolean utf16 = isUtf16(bytes);
        String text = new String(bytes, 0, length, utf16 ? StandardCharsets.UTF_16 : StandardCharsets.UTF_8)
                .replace("\u0000", "").toLowerCase(Locale.ROOT);
        int i = 0;
        while (i < text.length()) {
            int open = text.indexOf('<', i);
            if (open < 0 || open + 1 >= text.length()) {
                return text;
            }
            char next = text.charAt(open + 1);
            if (Character.isLetter(next) || next == '_') {
                return text.substring(0, open);
            }
            i = open + 1;
        }
        return text;
    }

    private static SAXBuilder builder() {
        SAXBuilder builder = new SAXBuilder(XMLReaders.NONVALIDATING);
        builder.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        builder.setFeature("http://xml.org/sax/features/external-general-entities", false);
        builder.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        builder.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        builder.setExpandEntities(false);
        builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
        return builder;
    }
}

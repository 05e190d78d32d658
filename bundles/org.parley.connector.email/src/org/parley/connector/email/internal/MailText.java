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

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.internet.ParseException;

/**
 * The text of a message: the first plain-text part that is not an attachment, else the first HTML
 * part stripped to text, else nothing. Transfer encodings (quoted-printable, base64) and charsets
 * are decoded; a part without a charset is read as UTF-8 when it is valid UTF-8, else windows-1252.
 * Multiparts are parsed from their data source, so no activation command map is needed.
 */
final class MailText {

    private static final int MAX_DEPTH = 20;
    private static final Charset FALLBACK = Charset.forName("windows-1252");

    private MailText() {
    }

    static String of(Part message) throws MessagingException, IOException {
        String plain = find(message, "text/plain", 0);
        if (plain != null) {
            return plain.strip();
        }
        String html = find(message, "text/html", 0);
        return html == null ? "" : HtmlText.toText(html);
    }

    private static String find(Part part, String type, int depth) throws MessagingException, IOException {
        if (depth > MAX_DEPTH) {
            throw new MessagingException("multiparts nested more than " + MAX_DEPTH + " deep");
        }
        ContentType contentType = contentType(part);
        if (contentType.match("multipart/*")) {
            MimeMultipart multipart = new MimeMultipart(part.getDataHandler().getDataSource());
            int count = multipart.getCount();
            for (int i = 0; i < count; i++) {
                String text = find(multipart.getBodyPart(i), type, depth + 1);
                if (text != null) {
                    return text;
                }
            }
            return null;
        }
        if (contentType.match(type) && !Part.ATTACHMENT.equalsIgnoreCase(disposition(part))) {
            return decode(part, contentType);
        }
        return null;
    }

    private static ContentType contentType(Part part) throws MessagingException {
        String value = part.getContentType();
        try {
            return new ContentType(value == null ? "text/plain" : value);
        } catch (ParseException e) {
            throw new MessagingException("unreadable Content-Type '" + value + "'", e);
        }
    }

    private static String disposition(Part part) {
        try {
            return part.getDisposition();
        } catch (MessagingException e) {
            return null;
        }
    }

    private static String decode(Part part, ContentType contentType) throws MessagingException, IOException {
        byte[] bytes;
        try (InputStream in = part.getInputStream()) {
            bytes = in.readAllBytes();
        }
        String charset = contentType.getParameter("charset");
        Charset cs = charset(charset);
        if (cs == null) {
            return isUtf8(bytes) ? new String(bytes, StandardCharsets.UTF_8) : new String(bytes, FALLBACK);
        }
        return new String(bytes, cs);
    }

    private static Charset charset(String name) {
        if (name == null || name.isBlank() || name.equalsIgnoreCase("us-ascii")) {
            return null; // archives put 8-bit text in "us-ascii" parts: guess instead
        }
        try {
            return Charset.forName(MimeUtility.javaCharset(name.strip()));
        } catch (IllegalArgumentException e) {
            return FALLBACK;
        }
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}

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

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import org.parley.channels.Author;
import org.parley.channels.InboundMessage;

/**
 * Turns the bytes of one RFC 5322 message into an {@link InboundMessage}: the external id is the
 * Message-ID with a fingerprint of the message ({@link #externalId}), thread from References /
 * In-Reply-To, sender normalised, RFC 2047 headers decoded, the body as text ({@link MailText}).
 * Keeps, for one run, the thread of every message seen, so a reply that names only its parent joins
 * the parent's thread. Threads and parents are bare Message-IDs, the ids replies name.
 */
final class MailParser {

    static final String CHANNEL = "email";

    /** Why a message cannot be read, with its Message-ID when that much was readable. */
    static final class BadMail extends Exception {
        private static final long serialVersionUID = 1L;
        final String messageId;

        BadMail(String reason, String messageId) {
            super(reason, null, false, false);
            this.messageId = messageId;
        }
    }

    private final Session session;
    private final Map<String, String> threads = new HashMap<>();

    MailParser() {
        Properties properties = new Properties();
        properties.setProperty("mail.mime.address.strict", "false");
        properties.setProperty("mail.mime.decodetext.strict", "false");
        properties.setProperty("mail.mime.multipart.ignoremissingboundaryparameter", "false");
        this.session = MailClassLoader.call(() -> Session.getInstance(properties));
    }

    Session session() {
        return session;
    }

    /**
     * @param fromLine
     *            the mbox From_ line, for a sender or date the headers lack; null for other sources
     */
    InboundMessage parse(byte[] raw, String fromLine) throws BadMail {
        return MailClassLoader.call(() -> parseInContext(raw, fromLine));
    }

    private InboundMessage parseInContext(byte[] raw, String fromLine) throws BadMail {
        MimeMessage mime;
        String id = null;
        try {
            mime = new MimeMessage(session, new ByteArrayInputStream(raw));
            String messageIdHeader = mime.getHeader("Message-ID", null);
            id = first(ids(messageIdHeader));
            String parent = first(ids(mime.getHeader("In-Reply-To", null)));
            List<String> references = ids(mime.getHeader("References", " "));
            if (parent == null && !references.isEmpty()) {
                parent = references.get(references.size() - 1);
            }
            Author author = author(mime, fromLine, id);
            OffsetDateTime date = date(mime, fromLine, id);
            String subject = subject(mime);
            String text = MailText.of(mime);
            String externalId = externalId(wellFormedId(messageIdHeader),
                    fingerprint(author, mime.getHeader("Date", null), subject, text));
            String thread = thread(id != null ? id : externalId, parent, references);
            return InboundMessage.builder(CHANNEL, externalId).thread(thread, parent).author(author)
                    .occurredAt(date).subject(subject).text(text)
                    .language(mime.getHeader("Content-Language", null)).raw(raw, "message/rfc822").build();
        } catch (MessagingException | IOException e) {
            throw new BadMail("broken MIME: " + e.getMessage(), id);
        } catch (IllegalArgumentException e) {
            throw new BadMail("unreadable message: " + e.getMessage(), id);
        }
    }

    /**
     * The external id: {@code <Message-ID>#<16 hex digits of the fingerprint>}, or
     * {@code sha256:<40 hex digits of the fingerprint>} when the Message-ID is missing, empty or
     * malformed. Two different messages that share a Message-ID (a bot reusing one per ticket, a client
     * writing a constant one) thus get two ids, and the same message read again (archived twice,
     * fetched twice over IMAP, from an mbox and from an .eml) the same one.
     */
    static String externalId(String messageId, String fingerprint) {
        if (messageId == null) {
            return "sha256:" + fingerprint.substring(0, 40);
        }
        String suffix = "#" + fingerprint.substring(0, 16);
        String base = messageId.length() + suffix.length() <= InboundMessage.MAX_EXTERNAL_ID
                ? messageId
                : messageId.substring(0, InboundMessage.MAX_EXTERNAL_ID - suffix.length());
        return base + suffix;
    }

    /**
     * What identifies one message whatever copy of it is read: the sender's address, the Date header
     * (as an instant when it can be read), the subject and the text with white space collapsed (so the
     * line ends of an mbox and of IMAP, and quoting, do not matter). SHA-256, in hex.
     */
    static String fingerprint(Author author, String dateHeader, String subject, String text) {
        OffsetDateTime date = MailDates.parse(dateHeader);
        String when = date != null ? date.toInstant().toString() : collapsed(decoded(dateHeader));
        String identity = String.join("\u0000", author.handle(), when, collapsed(subject), collapsed(text));
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String collapsed(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }

    /**
     * The id of a Message-ID header that holds exactly one {@code <id-left@id-right>} and nothing else;
     * null for a missing, empty or blank header and for one with junk beside the id ({@code <a@b>+XYZ},
     * {@code <a@b> (added by postmaster@host)}, two ids, no angle brackets). Such messages get the
     * fallback id; their replies still find them through {@link #ids} (threading is lenient).
     */
    static String wellFormedId(String header) {
        if (header == null) {
            return null;
        }
        String value = MimeUtility.unfold(header).strip();
        if (value.length() < 5 || value.charAt(0) != '<' || value.indexOf('>') != value.length() - 1) {
            return null;
        }
        String id = value.substring(1, value.length() - 1);
        int at = id.indexOf('@');
        boolean plain = id.chars().noneMatch(c -> c <= ' ' || c == '<' || c == '>' || c == '(' || c == ')');
        return plain && at > 0 && at < id.length() - 1 ? id : null;
    }

    /**
     * The ids the connector gave this message before external ids carried a fingerprint: the first
     * bracketed id of its Message-ID header, or {@code sha256:<40 hex of the raw bytes>} without one.
     */
    static java.util.Optional<String> formerExternalId(InboundMessage message) {
        String id = scanMessageId(message.raw());
        String former = id != null ? id : "sha256:" + sha256(message.raw());
        return former.equals(message.externalId()) ? java.util.Optional.empty() : java.util.Optional.of(former);
    }

    private String thread(String id, String parent, List<String> references) {
        String root;
        if (!references.isEmpty()) {
            root = threads.getOrDefault(references.get(0), references.get(0));
        } else if (parent != null) {
            root = threads.getOrDefault(parent, parent);
        } else {
            root = id;
        }
        threads.putIfAbsent(id, root);
        return root;
    }

    private static Author author(MimeMessage mime, String fromLine, String id) throws MessagingException, BadMail {
        Addresses.Parsed from = Addresses.parse(decoded(mime.getHeader("From", ",")));
        if (from == null) {
            from = Addresses.parse(decoded(mime.getHeader("Sender", ",")));
        }
        if (from == null && fromLine != null) {
            from = Addresses.parse(fromLineAddress(fromLine));
        }
        if (from == null) {
            throw new BadMail("no sender: the message has no From or Sender address", id);
        }
        return new Author(from.address(), from.name(), from.address(), null, null, false);
    }

    private static OffsetDateTime date(MimeMessage mime, String fromLine, String id)
            throws MessagingException, BadMail {
        OffsetDateTime date = MailDates.parse(mime.getHeader("Date", null));
        if (date == null && fromLine != null) {
            date = MailDates.fromLine(fromLine);
        }
        if (date == null) {
            throw new BadMail("no date: the Date header is missing or unreadable", id);
        }
        return date;
    }

    private static String subject(MimeMessage mime) throws MessagingException {
        String s = decoded(mime.getHeader("Subject", null));
        return s == null ? null : s.strip();
    }

    /** A header value unfolded and with RFC 2047 encoded words decoded. */
    static String decoded(String header) {
        if (header == null) {
            return null;
        }
        String unfolded = MimeUtility.unfold(header);
        try {
            return MimeUtility.decodeText(unfolded);
        } catch (java.io.UnsupportedEncodingException e) {
            return unfolded;
        }
    }

    /** The address part of {@code From jjl at pobox.com  Thu Nov  1 11:19:12 2001}. */
    static String fromLineAddress(String fromLine) {
        String[] words = fromLine.strip().split("\\s+");
        StringBuilder address = new StringBuilder();
        for (int i = 1; i < words.length; i++) {
            if (words[i].matches("(Mon|Tue|Wed|Thu|Fri|Sat|Sun)")) {
                break;
            }
            address.append(i > 1 ? " " : "").append(words[i]);
        }
        return address.toString();
    }

    /** The ids in a Message-ID, In-Reply-To or References value, without angle brackets. */
    static List<String> ids(String header) {
        List<String> ids = new ArrayList<>();
        if (header == null) {
            return ids;
        }
        int i = 0;
        while (true) {
            int lt = header.indexOf('<', i);
            int gt = lt < 0 ? -1 : header.indexOf('>', lt);
            if (gt < 0) {
                break;
            }
            String id = header.substring(lt + 1, gt).strip();
            if (!id.isEmpty() && id.length() <= InboundMessage.MAX_EXTERNAL_ID && !ids.contains(id)) {
                ids.add(id);
            }
            i = gt + 1;
        }
        if (ids.isEmpty() && !header.isBlank() && header.strip().indexOf(' ') < 0) {
            ids.add(header.strip()); // an id written without brackets
        }
        return ids;
    }

    private static String first(List<String> ids) {
        return ids.isEmpty() ? null : ids.get(0);
    }

    /** The Message-ID of bytes that could not be parsed, found by a plain scan of the headers. */
    static String scanMessageId(byte[] raw) {
        String head = new String(raw, 0, Math.min(raw.length, 16 * 1024), StandardCharsets.ISO_8859_1);
        for (String line : head.split("\r?\n")) {
            if (line.isEmpty()) {
                break;
            }
            if (line.regionMatches(true, 0, "Message-ID:", 0, 11)) {
                return first(ids(line.substring(11)));
            }
        }
        return null;
    }

    static String sha256(byte[] raw) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw), 0, 20);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

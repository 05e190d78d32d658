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

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.jdom2.Document;
import org.jdom2.Element;
import org.parley.channels.QuarantineRecord;
import org.parley.connector.feed.internal.EntrySplitter.Segment;
import org.parley.connector.feed.internal.EntrySplitter.Split;
import org.parley.connector.feed.internal.FeedReader.Entry;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;

/**
 * Reads a feed that is not well-formed XML entry by entry: each {@code <item>} or {@code <entry>}
 * is wrapped in the feed's head (the channel or feed element and its metadata, before the first
 * entry) and the end tags the head leaves open, and parsed alone with the same hardened parser and
 * the same mapping, so a good entry gives the message it gives from the undamaged feed. An entry
 * that still does not parse is quarantined on its own with its number and byte offset. The feed is
 * quarantined whole when it declares a document type anywhere (never split), when its head is
 * damaged, when it has no entry start tag, or when it is UTF-16.
 */
final class EntryByEntry {

    private final FeedReader reader;
    private final String source;

    EntryByEntry(FeedReader reader, String source) {
        this.reader = reader;
        this.source = source;
    }

    /**
     * Hands over the readable entries after {@code resumeAfter}; returns how many entries the feed has,
     * or -1 when it was quarantined whole.
     *
     * @param reason
     *            why the whole document was not read
     */
    long read(byte[] bytes, String reason, long resumeAfter) {
        if (EntrySplitter.declaresDocumentType(bytes)) {
            return whole(bytes, SafeXml.DOCTYPE_REFUSED);
        }
        if (SafeXml.isUtf16(bytes)) {
            return whole(bytes, reason + "; a UTF-16 feed is not read entry by entry");
        }
        Optional<Split> found = EntrySplitter.split(bytes);
        if (found.isEmpty()) {
            return whole(bytes, reason + "; it has no <item> or <entry> start tag, so no entry can be read alone");
        }
        Split split = found.get();
        SyndFeed head;
        try {
            head = FeedReader.build(SafeXml.parse(split.head(bytes)));
        } catch (SafeXml.Refused | FeedException | RuntimeException e) {
            return whole(bytes, reason + "; the feed's head (its channel or feed element before the first entry) is "
                    + "damaged too (" + e.getMessage() + "), so no entry can be read alone");
        }
        List<Entry> entries = new ArrayList<>(split.entries().size());
        List<SyndEntry> readable = new ArrayList<>();
        for (Segment segment : split.entries()) {
            Entry entry = entry(bytes, split, segment);
            entries.add(entry);
            if (entry.entry() != null) {
                readable.add(entry.entry());
            }
        }
        head.setEntries(readable);
        return reader.hand(head, entries, resumeAfter);
    }

    private Entry entry(byte[] bytes, Split split, Segment segment) {
        String position = source + " entry " + segment.number() + " (byte " + segment.start() + ")";
        byte[] raw = Arrays.copyOfRange(bytes, segment.start(), segment.end());
        if (!segment.closed()) {
            return Entry.refused(position, "not well-formed XML: the entry has no end tag </" + segment.name()
                    + "> before the next entry or the end of the feed", raw);
        }
        try {
            Document document = SafeXml.parse(split.wrap(bytes, segment));
            List<Element> items = FeedReader.items(document);
            SyndFeed alone = FeedReader.build(document);
            if (items.size() != 1 || alone.getEntries().size() != 1) {
                return Entry.refused(position, "the entry, read alone in the feed's head, is not one RSS item or "
                        + "Atom entry", raw);
            }
            return Entry.read(alone.getEntries().get(0), FeedReader.xml(items.get(0)), position);
        } catch (SafeXml.Refused e) {
            return Entry.refused(position, e.getMessage() + " (the entry read alone in the feed's head)", raw);
        } catch (FeedException | RuntimeException e) {
            return Entry.refused(position, "not an RSS or Atom entry: " + e.getMessage(), raw);
        }
    }

    private long whole(byte[] bytes, String reason) {
        reader.context().quarantine(new QuarantineRecord(source, reason, bytes));
        return -1;
    }
}

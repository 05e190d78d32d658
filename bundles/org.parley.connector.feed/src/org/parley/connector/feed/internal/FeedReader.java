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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongFunction;

import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.filter.Filters;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;
import org.parley.channels.IngestContext;
import org.parley.channels.QuarantineRecord;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;

/**
 * Reads the entries of one feed document (bytes from a file or an HTTP answer) into a context. A
 * feed that is refused as hostile (a document type) or that Rome does not understand is quarantined
 * whole; one that is not well-formed XML is read entry by entry, so that a damaged entry costs only
 * itself; a single unreadable entry is quarantined alone.
 */
final class FeedReader {

    private final IngestContext context;
    private final String source;
    private final LongFunction<String> positionAfter;

    /**
     * @param source
     *            where the feed came from, for positions and author handles: a URL or a file name
     * @param positionAfter
     *            the checkpoint position after so many entries
     */
    FeedReader(IngestContext context, String source, LongFunction<String> positionAfter) {
        this.context = context;
        this.source = source;
        this.positionAfter = positionAfter;
    }

    /**
     * Hands over the entries after {@code resumeAfter}; returns how many entries the feed has, or -1
     * when the feed as a whole was quarantined. A feed that is not well-formed XML is read entry by
     * entry ({@link EntryByEntry}); one that declares a document type is refused whole.
     */
    long read(byte[] bytes, long resumeAfter) {
        SyndFeed feed;
        List<Element> items;
        try {
            Document document = SafeXml.parse(bytes);
            items = items(document);
            feed = build(document);
        } catch (SafeXml.Refused e) {
            if (e.hostile()) {
                context.quarantine(new QuarantineRecord(source, e.getMessage(), bytes));
                return -1;
            }
            return new EntryByEntry(this, source).read(bytes, e.getMessage(), resumeAfter);
        } catch (FeedException | RuntimeException e) {
            context.quarantine(new QuarantineRecord(source, "not an RSS or Atom feed: " + e.getMessage(), bytes));
            return -1;
        }
        List<SyndEntry> entries = feed.getEntries();
        List<Entry> all = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            String raw = i < items.size() && items.size() == entries.size()
                    ? xml(items.get(i))
                    : String.valueOf(entries.get(i).getLink());
            all.add(Entry.read(entries.get(i), raw, source + " entry " + (i + 1)));
        }
        return hand(feed, all, resumeAfter);
    }

    /**
     * One entry to hand over: read (Rome's entry and its XML) or refused on its own (why, where, with
     * its bytes).
     */
    record Entry(SyndEntry entry, String xml, String position, String reason, byte[] raw) {

        static Entry read(SyndEntry entry, String xml, String position) {
            return new Entry(entry, xml, position, null, null);
        }

        static Entry refused(String position, String reason, byte[] raw) {
            return new Entry(null, null, position, reason, raw);
        }
    }

    /**
     * Maps and hands over the entries after {@code resumeAfter}, quarantining the refused ones;
     * {@code feed} holds the feed's metadata (and its readable entries, for the channel decision).
     */
    long hand(SyndFeed feed, List<Entry> entries, long resumeAfter) {
        EntryMapper mapper = new EntryMapper(feed, source, context.settings());
        long every = Math.max(1, context.settings().getLong(FeedConnector.CHECKPOINT_EVERY, 200));
        long index = 0;
        for (Entry entry : entries) {
            index++;
            if (index <= resumeAfter) {
                continue;
            }
            if (context.isCanceled()) {
                return entries.size();
            }
            if (entry.entry() == null) {
                context.quarantine(new QuarantineRecord(entry.position(), entry.reason(), entry.raw()));
            } else {
                try {
                    context.message(mapper.message(entry.entry(), entry.xml()));
                } catch (RuntimeException e) {
                    context.quarantine(new QuarantineRecord(entry.position(), e.getMessage(),
                            entry.xml().getBytes(StandardCharsets.UTF_8)));
                }
            }
            if (index % every == 0) {
                context.checkpoint(positionAfter.apply(index));
            }
            context.progress(index, entries.size());
        }
        return entries.size();
    }

    IngestContext context() {
        return context;
    }

    /**
     * Rome finds its parsers through its class loader; inside OSGi the thread's loader does not see
     * them.
     */
    static SyndFeed build(Document document) throws FeedException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(SyndFeedInput.class.getClassLoader());
        try {
            return new SyndFeedInput().build(document);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** The item (RSS) or entry (Atom) elements, in document order. */
    static List<Element> items(Document document) {
        List<Element> items = new ArrayList<>();
        for (Element element : document.getRootElement().getDescendants(Filters.element())) {
            String name = element.getName().toLowerCase(Locale.ROOT);
            if (("item".equals(name) || "entry".equals(name)) && isFeedLevel(element)) {
                items.add(element);
            }
        }
        return items;
    }

    private static boolean isFeedLevel(Element element) {
        Element parent = element.getParentElement();
        return parent != null && (parent.isRootElement() || parent.getParentElement() != null
                && parent.getParentElement().isRootElement() && "channel".equals(parent.getName()));
    }

    static String xml(Element element) {
        return new XMLOutputter(Format.getRawFormat()).outputString(element);
    }
}

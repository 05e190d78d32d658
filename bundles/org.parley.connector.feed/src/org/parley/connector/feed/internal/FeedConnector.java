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

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.parley.channels.Capability;
import org.parley.channels.ChannelConnector;
import org.parley.channels.IngestContext;
import org.parley.channels.SettingDescriptor;
import org.parley.channels.SettingType;

/**
 * The feed connector: RSS and Atom feeds of forums and review sites, polled over HTTP with
 * conditional requests or imported from files. Feeds with a document type declaration are refused
 * (quarantined), which shuts out external entities and entity expansion.
 */
@Component(service = ChannelConnector.class, property = "parley.connector=feed")
public final class FeedConnector implements ChannelConnector {

    /** The connector id. */
    public static final String ID = "feed";
    /** Setting: the feed's URL. */
    public static final String URL = "url";
    /** Setting: forum, review, or auto. */
    public static final String CHANNEL = "channel";
    /** Setting: tags every message of the source gets, comma-separated. */
    public static final String TAGS = "tags";
    /** Setting: words and phrases an entry must hold to be captured, comma-separated. */
    public static final String KEYWORDS = "keywords";
    /** Setting: words and phrases that keep an entry out, comma-separated. */
    public static final String EXCLUDE_KEYWORDS = "excludeKeywords";
    /** Setting: the largest feed read, in bytes. */
    public static final String MAX_BYTES = "maxBytes";

    /** Setting: how many records an import hands over between two checkpoints. */
    public static final String CHECKPOINT_EVERY = "checkpointEvery";

    /** The default largest feed: 20 MiB. */
    static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;
    private static final int SNIFF_BYTES = 2048;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Forum and review feeds (RSS, Atom)";
    }

    @Override
    public String description() {
        return "Polls RSS and Atom feeds of forums and review sites (conditional GET with ETag and "
                + "Last-Modified) and imports saved feed files, keeping only the entries that hold the "
                + "source's keywords when it has some.";
    }

    @Override
    public Set<String> channels() {
        return Set.of(FeedChannel.FORUM, FeedChannel.REVIEW);
    }

    @Override
    public Set<Capability> capabilities() {
        return Set.of(Capability.FILE_IMPORT, Capability.API_PULL);
    }

    @Override
    public List<SettingDescriptor> settings() {
        return List.of(SettingDescriptor.of(URL, "Feed URL", SettingType.URL, false, null,
                "The address of the RSS or Atom feed to poll."),
                new SettingDescriptor(CHANNEL, "Channel", SettingType.CHOICE, false, "auto",
                        "forum or review; auto decides from the feed (review vocabulary or 'review' in its "
                                + "address or title).",
                        List.of("auto", FeedChannel.FORUM, FeedChannel.REVIEW)),
                SettingDescriptor.of(TAGS, "Tags", SettingType.TEXT, false, null,
                        "Comma-separated tags every message of this feed gets (a product, a site)."),
                SettingDescriptor.of(KEYWORDS, "Keywords", SettingType.TEXT, false, null,
                        "Only entries whose title or text holds one of these words or phrases are captured, "
                                + "comma-separated (e.g. 'northwind, north wind broadband'); whole words, any case. "
                                + "Empty: every entry."),
                SettingDescriptor.of(EXCLUDE_KEYWORDS, "Exclude keywords", SettingType.TEXT, false, null,
                        "Entries that hold one of these words or phrases are left out, comma-separated."),
                SettingDescriptor.of(CHECKPOINT_EVERY, "Records per commit", SettingType.INTEGER, false, "200",
                        "How many records an import stores in one transaction; a stopped run resumes after the last."),
                SettingDescriptor.of(MAX_BYTES, "Largest feed (bytes)", SettingType.INTEGER, false,
                        Long.toString(DEFAULT_MAX_BYTES), "A larger feed is refused."));
    }

    @Override
    public boolean canImport(Path file) {
        Path name = file.getFileName();
        if (name == null || !Files.isRegularFile(file)) {
            return false;
        }
        String lower = name.toString().toLowerCase(Locale.ROOT);
        if (lower.endsWith(".rss") || lower.endsWith(".atom") || lower.endsWith(".rdf")) {
            return true;
        }
        if (!lower.endsWith(".xml")) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            String head = new String(in.readNBytes(SNIFF_BYTES), StandardCharsets.UTF_8);
            return head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:RDF");
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void importFile(Path file, IngestContext context) throws IOException {
        long max = context.settings().getLong(MAX_BYTES, DEFAULT_MAX_BYTES);
        if (Files.size(file) > max) {
            throw new IOException(file.getFileName() + " is larger than the largest feed read (" + max + " bytes)");
        }
        byte[] bytes = Files.readAllBytes(file);
        long resumeAfter = context.resumeFrom().map(FeedConnector::index).orElse(0L);
        long count = new FeedReader(FilteredContext.of(context), String.valueOf(file.getFileName()), Long::toString)
                .read(bytes, resumeAfter);
        if (!context.isCanceled()) {
            context.checkpoint(Long.toString(Math.max(count, resumeAfter)));
        }
    }

    @Override
    public void pull(IngestContext context) throws IOException {
        new FeedPoll(FilteredContext.of(context)).run();
    }

    private static long index(String position) {
        try {
            return Long.parseLong(position.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}

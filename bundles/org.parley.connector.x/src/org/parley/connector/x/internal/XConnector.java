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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.osgi.service.component.annotations.Component;
import org.parley.channels.Capability;
import org.parley.channels.ChannelConnector;
import org.parley.channels.IngestContext;
import org.parley.channels.SettingDescriptor;
import org.parley.channels.SettingType;

/**
 * The X (Twitter) connector: imports an account archive ({@code tweets.js}) and pulls through the X
 * API v2 the mentions and replies of an account, a recent-search query (listening: talk about the
 * brand that does not address it), or both.
 */
@Component(service = ChannelConnector.class, property = "parley.connector=x")
public final class XConnector implements ChannelConnector {

    /** The connector and channel id. */
    public static final String ID = "x";
    /** Setting: the archive owner's username when the archive has no account.js. */
    public static final String ACCOUNT_USERNAME = "accountUsername";
    /** Setting: whether archive tweets are the brand's own (outbound) or a customer's (inbound). */
    public static final String ARCHIVE_DIRECTION = "archiveDirection";
    /** Setting: the numeric id of the account whose mentions are pulled. */
    public static final String USER_ID = "userId";
    /** Setting: an X API v2 recent-search query whose tweets a pull captures (listening). */
    public static final String SEARCH_QUERY = "searchQuery";
    /** The tag of a tweet found by the search that does not address the account. */
    public static final String LISTENING_TAG = "listening";
    /** How far back the recent search reaches. */
    public static final Duration SEARCH_HISTORY = Duration.ofDays(7);
    /** Setting: the API's base URL. */
    public static final String API_BASE_URL = "apiBaseUrl";
    /** Secret: the app's bearer token. */
    public static final String BEARER_TOKEN = "bearerToken";
    /** Setting: how many records an import hands over between two checkpoints. */
    public static final String CHECKPOINT_EVERY = "checkpointEvery";
    /** Setting: the longest wait for a rate limit to reset, in seconds. */
    public static final String MAX_RATE_LIMIT_WAIT = "maxRateLimitWaitSeconds";

    private static final Pattern ARCHIVE_NAME = Pattern.compile("tweets(-part\\d+)?\\.js");

    private final Clock clock;

    public XConnector() {
        this(Clock.systemUTC());
    }

    /** A connector that reads the time (for the search's 7-day window) from this clock. */
    XConnector(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "X (Twitter)";
    }

    @Override
    public String description() {
        return "Imports the tweets of an X account archive (tweets.js) and pulls through the X API v2 the "
                + "mentions and replies of an account and the tweets of a recent-search query (listening).";
    }

    @Override
    public Set<Capability> capabilities() {
        return Set.of(Capability.FILE_IMPORT, Capability.API_PULL);
    }

    @Override
    public Optional<Duration> historyLimit() {
        // the recent search reaches 7 days back; the mentions timeline the latest 800 mentions, which
        // for a brand is usually less than that
        return Optional.of(SEARCH_HISTORY);
    }

    @Override
    public List<SettingDescriptor> settings() {
        return List.of(
                SettingDescriptor.of(USER_ID, "Account id", SettingType.TEXT, false, null,
                        "The numeric id of the X account whose mentions and replies are pulled; empty for a "
                                + "source that only searches."),
                SettingDescriptor.of(SEARCH_QUERY, "Search query (listening)", SettingType.TEXT, false, null,
                        "An X recent-search query whose tweets are pulled too, e.g. 'northwind -from:northwindcare': "
                                + "talk about the brand that does not address it. Reaches back 7 days."),
                SettingDescriptor.of(BEARER_TOKEN, "Bearer token", SettingType.SECRET, false, null,
                        "The bearer token of your X developer app (kept in secure storage)."),
                SettingDescriptor.of(API_BASE_URL, "API base URL", SettingType.URL, false, "https://api.x.com",
                        "Where the X API v2 is served; change only for a proxy or a test server."),
                SettingDescriptor.of(MAX_RATE_LIMIT_WAIT, "Longest rate-limit wait (s)", SettingType.INTEGER, false,
                        "900", "How long a pull waits for the rate limit to reset before it stops with an error."),
                SettingDescriptor.of(CHECKPOINT_EVERY, "Records per commit", SettingType.INTEGER, false, "500",
                        "How many records an import stores in one transaction; a stopped run resumes after the last."),
                SettingDescriptor.of(ACCOUNT_USERNAME, "Archive owner", SettingType.TEXT, false, null,
                        "The archive owner's username, used when the archive has no account.js."),
                new SettingDescriptor(ARCHIVE_DIRECTION, "Archive tweets are", SettingType.CHOICE, false, "outbound",
                        "outbound: the archive is the brand's own account; inbound: a customer's.",
                        List.of("outbound", "inbound")));
    }

    @Override
    public boolean canImport(Path file) {
        Path name = file.getFileName();
        return name != null && ARCHIVE_NAME.matcher(name.toString()).matches() && Files.isRegularFile(file);
    }

    @Override
    public void importFile(Path file, IngestContext context) throws IOException {
        new ArchiveReader(file, context).read();
    }

    @Override
    public void pull(IngestContext context) throws IOException {
        new ApiPull(context, clock).run();
    }
}

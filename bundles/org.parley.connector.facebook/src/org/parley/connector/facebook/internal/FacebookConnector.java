/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.connector.facebook.internal;

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
 * The Facebook connector: a page's posts, their comments and the page's Messenger conversations
 * through the Graph API, and import of saved Graph API JSON.
 */
@Component(service = ChannelConnector.class, property = "parley.connector=facebook")
public final class FacebookConnector implements ChannelConnector {

    /** The connector and channel id. */
    public static final String ID = "facebook";
    /** Setting: the page's id. */
    public static final String PAGE_ID = "pageId";
    /** Secret: the page access token. */
    public static final String PAGE_TOKEN = "pageAccessToken";
    /** Setting: the Graph API base URL, version included. */
    public static final String API_BASE_URL = "apiBaseUrl";
    /** Setting: whether the page's Messenger conversations are pulled too. */
    public static final String CONVERSATIONS = "conversations";
    /** Setting: how many days before the checkpoint posts are read again, for their new comments. */
    public static final String LOOKBACK_DAYS = "commentLookbackDays";

    /** Setting: how many records an import hands over between two checkpoints. */
    public static final String CHECKPOINT_EVERY = "checkpointEvery";

    private static final int SNIFF_BYTES = 4096;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Facebook page";
    }

    @Override
    public String description() {
        return "Pulls a Facebook page's posts, comments and Messenger conversations through the Graph API, "
                + "and imports saved Graph API responses (JSON).";
    }

    @Override
    public Set<Capability> capabilities() {
        return Set.of(Capability.FILE_IMPORT, Capability.API_PULL);
    }

    @Override
    public List<SettingDescriptor> settings() {
        return List.of(
                SettingDescriptor.of(PAGE_ID, "Page id", SettingType.TEXT, false, null,
                        "The numeric id of the Facebook page; its own posts count as the brand's."),
                SettingDescriptor.of(PAGE_TOKEN, "Page access token", SettingType.SECRET, false, null,
                        "A page access token with pages_read_engagement and pages_messaging (kept in secure storage)."),
                SettingDescriptor.of(API_BASE_URL, "Graph API base URL", SettingType.URL, false,
                        "https://graph.facebook.com/v19.0",
                        "The Graph API with its version; change for a test server."),
                SettingDescriptor.of(CONVERSATIONS, "Pull Messenger conversations", SettingType.BOOLEAN, false, "true",
                        "Whether private conversations with the page are pulled as well."),
                SettingDescriptor.of(CHECKPOINT_EVERY, "Records per commit", SettingType.INTEGER, false, "200",
                        "How many records an import stores in one transaction; a stopped run resumes after the last."),
                SettingDescriptor.of(LOOKBACK_DAYS, "Comment look-back (days)", SettingType.INTEGER, false, "7",
                        "Posts this many days older than the last pull are read again to catch their new comments."));
    }

    @Override
    public boolean canImport(Path file) {
        Path name = file.getFileName();
        if (name == null || !name.toString().toLowerCase(Locale.ROOT).endsWith(".json") || !Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            String head = new String(in.readNBytes(SNIFF_BYTES), StandardCharsets.UTF_8);
            return head.contains("\"data\"") && head.contains("\"created_time\"")
                    || head.contains("\"error\"") && head.contains("\"fbtrace_id\"");
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void importFile(Path file, IngestContext context) throws IOException {
        new SavedGraphImport(file, context).read();
    }

    @Override
    public void pull(IngestContext context) throws IOException {
        new GraphPull(context).run();
    }
}

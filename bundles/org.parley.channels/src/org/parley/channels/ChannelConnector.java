/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.channels;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A channel connector: how messages of one channel (email, X, Facebook, a forum feed, call-centre
 * logs, a web chat) reach Parley. Register an implementation as an OSGi service (a Declarative
 * Services component is simplest); the workbench's Sources part and {@code parley-cli} find every
 * registered connector, including ones installed later, without changes to Parley.
 * <p>
 * A connector only reads and translates: it hands {@link InboundMessage}s and unreadable records to
 * the {@link IngestContext} it is given. The ingestion pipeline stores each message once (by
 * channel and external id), commits at the connector's checkpoints, quarantines bad records and
 * keeps secrets in secure storage. A connector holds no state between runs; where a run stopped is
 * the checkpoint the pipeline hands back.
 * <p>
 * Which of {@link #importFile}, {@link #pull} and {@link #listen} a connector supports is said by
 * its {@link #capabilities()}; the others keep their default, which refuses.
 */
public interface ChannelConnector {

    /**
     * The connector's id, stable across versions, lower case: {@code email}, {@code x}, {@code csv}.
     */
    String id();

    /** The name shown to users: "Email (IMAP, mbox)". */
    String displayName();

    /** One or two sentences on what the connector reads, for the Sources part and the CLI. */
    String description();

    /**
     * The channel ids the connector's messages carry ({@link InboundMessage#channel()}). Most
     * connectors have one channel named like the connector; a feed connector may bring {@code forum}
     * and {@code review} messages, a call-centre log {@code phone} and {@code chat}.
     */
    default Set<String> channels() {
        return Set.of(id());
    }

    /** What the connector can do. */
    Set<Capability> capabilities();

    /**
     * How far back a {@link #pull} reaches into the channel's history (for example 7 days for a
     * recent-search API); empty when it reaches everything the source keeps.
     */
    default Optional<Duration> historyLimit() {
        return Optional.empty();
    }

    /**
     * What a message with the external id of a stored one but other content means on this connector's
     * channels: an {@link ExternalIdReuse#EDIT edit upstream} (the default: the stored message is
     * updated) or a {@link ExternalIdReuse#COLLISION collision} (another message, stored apart, nothing
     * overwritten). See {@link ExternalIdReuse} for the decision of each built-in connector.
     */
    default ExternalIdReuse externalIdReuse() {
        return ExternalIdReuse.EDIT;
    }

    /**
     * The external ids an earlier version of this connector gave the message, newest first, for a
     * connector that changed how it derives ids: the pipeline then finds a message stored under a
     * former id, and if it is the same message (same direction, author, time and text) moves it to the
     * new id instead of storing it twice. Empty (the default) when the ids never changed. Only asked
     * for {@link ExternalIdReuse#COLLISION} connectors, for messages not found under their current id.
     */
    default List<String> formerExternalIds(InboundMessage message) {
        return List.of();
    }

    /** The settings a source of this connector takes, secrets included, in the order to show them. */
    List<SettingDescriptor> settings();

    /**
     * Whether {@link #importFile} understands this file. Called for every file of a folder being
     * imported; decide from the name and, if needed, the first bytes. Never throws.
     */
    default boolean canImport(Path file) {
        return false;
    }

    /**
     * Reads a file exported from the channel (an mbox, an account archive, a CSV log) and hands its
     * messages to the context, starting after {@link IngestContext#resumeFrom()} when that is set.
     *
     * @throws IOException
     *             when the file as a whole cannot be read; single bad records go to
     *             {@link IngestContext#quarantine} instead
     */
    default void importFile(Path file, IngestContext context) throws IOException {
        throw new UnsupportedOperationException(displayName() + " does not import files");
    }

    /**
     * Fetches new and changed messages from the channel's API, starting after
     * {@link IngestContext#resumeFrom()} (a cursor, a since-id, a date: whatever the connector last
     * passed to {@link IngestContext#checkpoint}).
     *
     * @throws IOException
     *             when the channel cannot be reached or refuses the credentials
     */
    default void pull(IngestContext context) throws IOException {
        throw new UnsupportedOperationException(displayName() + " does not pull from an API");
    }

    /**
     * Starts receiving messages pushed by the channel (a webhook endpoint), handing each to
     * {@link ListenContext#deliver} as it arrives, until the returned listener is closed.
     *
     * @throws IOException
     *             when the endpoint cannot be opened (for example the port is taken)
     */
    default Listener listen(ListenContext context) throws IOException {
        throw new UnsupportedOperationException(displayName() + " does not receive pushed messages");
    }
}

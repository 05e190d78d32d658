/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.parley.channels.ChannelConnector;
import org.parley.channels.ConnectorSettings;
import org.parley.channels.InboundMessage;
import org.parley.channels.IngestContext;
import org.parley.channels.QuarantineRecord;
import org.parley.channels.SettingDescriptor;

/**
 * An ingest context that keeps what a connector hands over, as the pipeline would: messages count
 * as stored once a checkpoint follows them.
 */
public final class CollectingContext implements IngestContext {

    /** Every message handed over. */
    public final List<InboundMessage> messages = new ArrayList<>();
    /** The messages followed by a checkpoint: what the pipeline would have stored. */
    public final List<InboundMessage> stored = new ArrayList<>();
    public final List<QuarantineRecord> quarantined = new ArrayList<>();
    public final List<String> checkpoints = new ArrayList<>();
    /** How many records the connector skipped on purpose (a source's filter left them out). */
    public int skipped;
    private final ConnectorSettings settings;
    private final Map<String, String> secrets = new HashMap<>();
    private final String resumeFrom;
    private int cancelAfter = Integer.MAX_VALUE;

    public CollectingContext(ChannelConnector connector, Map<String, String> settings, String resumeFrom) {
        this(connector.settings(), settings, resumeFrom);
    }

    public CollectingContext(List<SettingDescriptor> descriptors, Map<String, String> settings) {
        this(descriptors, settings, null);
    }

    public CollectingContext(List<SettingDescriptor> descriptors, Map<String, String> settings, String resumeFrom) {
        this.settings = new ConnectorSettings(descriptors, settings);
        this.resumeFrom = resumeFrom;
    }

    public CollectingContext secret(String key, String value) {
        secrets.put(key, value);
        return this;
    }

    /** Cancels the run once this many messages were handed over. */
    public CollectingContext cancelAfter(int count) {
        cancelAfter = count;
        return this;
    }

    /** The messages followed by a checkpoint: what the pipeline would have stored. */
    public List<InboundMessage> committed() {
        return stored;
    }

    @Override
    public ConnectorSettings settings() {
        return settings;
    }

    @Override
    public Optional<char[]> secret(String key) {
        return Optional.ofNullable(secrets.get(key)).map(String::toCharArray);
    }

    @Override
    public Optional<String> resumeFrom() {
        return Optional.ofNullable(resumeFrom);
    }

    @Override
    public void message(InboundMessage message) {
        messages.add(message);
    }

    @Override
    public void quarantine(QuarantineRecord record) {
        quarantined.add(record);
    }

    @Override
    public void skipped() {
        skipped++;
    }

    @Override
    public void checkpoint(String position) {
        checkpoints.add(position);
        stored.addAll(messages.subList(stored.size(), messages.size()));
    }

    @Override
    public boolean isCanceled() {
        return messages.size() >= cancelAfter;
    }

    @Override
    public void progress(long done, long total) {
        // not shown in tests
    }

    /** The last checkpoint, or null. */
    public String lastCheckpoint() {
        return checkpoints.isEmpty() ? null : checkpoints.get(checkpoints.size() - 1);
    }
}

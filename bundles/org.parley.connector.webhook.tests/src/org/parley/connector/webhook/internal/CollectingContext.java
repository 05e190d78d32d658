/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.connector.webhook.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.parley.channels.ConnectorSettings;
import org.parley.channels.IngestContext;
import org.parley.channels.InboundMessage;
import org.parley.channels.QuarantineRecord;
import org.parley.channels.SettingDescriptor;

/**
 * An ingest context that keeps what it is given, as the pipeline would, and can cancel a run after
 * a number of messages (like a user pressing Stop). Messages count as stored only once a checkpoint
 * follows them.
 */
final class CollectingContext implements IngestContext {

    final List<InboundMessage> stored = new ArrayList<>();
    final List<QuarantineRecord> quarantined = new ArrayList<>();
    private final List<InboundMessage> pending = new ArrayList<>();
    private final ConnectorSettings settings;
    private final String resumeFrom;
    private final int cancelAfter;
    String checkpoint;

    CollectingContext(List<SettingDescriptor> descriptors, Map<String, String> settings) {
        this(descriptors, settings, null, Integer.MAX_VALUE);
    }

    CollectingContext(List<SettingDescriptor> descriptors, Map<String, String> settings, String resumeFrom,
            int cancelAfter) {
        this.settings = new ConnectorSettings(descriptors, settings);
        this.resumeFrom = resumeFrom;
        this.cancelAfter = cancelAfter;
    }

    static Path sharedData(String relative) {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("shared/data");
            if (Files.isRegularFile(candidate.resolve("README.md"))) {
                return candidate.resolve(relative);
            }
            candidate = dir.resolveSibling("shared").resolve("data");
            if (Files.isRegularFile(candidate.resolve("README.md"))) {
                return candidate.resolve(relative);
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("shared/data not found above " + Path.of("").toAbsolutePath());
    }

    @Override
    public ConnectorSettings settings() {
        return settings;
    }

    @Override
    public Optional<char[]> secret(String key) {
        return Optional.empty();
    }

    @Override
    public Optional<String> resumeFrom() {
        return Optional.ofNullable(resumeFrom);
    }

    @Override
    public void message(InboundMessage message) {
        pending.add(message);
    }

    @Override
    public void quarantine(QuarantineRecord record) {
        quarantined.add(record);
    }

    @Override
    public void checkpoint(String position) {
        stored.addAll(pending);
        pending.clear();
        checkpoint = position;
    }

    @Override
    public boolean isCanceled() {
        return stored.size() + pending.size() >= cancelAfter;
    }

    @Override
    public void progress(long done, long total) {
        // not shown in tests
    }
}

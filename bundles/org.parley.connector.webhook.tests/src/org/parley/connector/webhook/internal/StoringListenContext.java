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

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.parley.channels.ConnectorSettings;
import org.parley.channels.InboundMessage;
import org.parley.channels.ListenContext;
import org.parley.channels.QuarantineRecord;

/**
 * A listen context that stores like the pipeline does: once per (channel, external id), a changed
 * text is an update.
 */
final class StoringListenContext implements ListenContext {

    final Map<String, InboundMessage> stored = new HashMap<>();
    final List<QuarantineRecord> quarantined = new ArrayList<>();
    private final ConnectorSettings settings;
    private final String secret;

    StoringListenContext(ConnectorSettings settings, String secret) {
        this.settings = settings;
        this.secret = secret;
    }

    @Override
    public ConnectorSettings settings() {
        return settings;
    }

    @Override
    public Optional<char[]> secret(String key) {
        return "secret".equals(key) ? Optional.ofNullable(secret).map(String::toCharArray) : Optional.empty();
    }

    @Override
    public synchronized Delivery deliver(InboundMessage message) {
        String key = message.channel() + "/" + message.externalId();
        InboundMessage old = stored.put(key, message);
        if (old == null) {
            return Delivery.ADDED;
        }
        return old.text().equals(message.text()) && Arrays.equals(old.raw(), message.raw())
                ? Delivery.DUPLICATE
                : Delivery.UPDATED;
    }

    @Override
    public synchronized void quarantine(QuarantineRecord record) {
        quarantined.add(record);
    }
}

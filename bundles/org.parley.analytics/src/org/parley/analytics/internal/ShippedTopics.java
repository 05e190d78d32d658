/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.analytics.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.parley.analytics.TopicJson;
import org.parley.analytics.TopicSet;

/**
 * The topic set shipped in the bundle ({@code topics/default-topics.json}), a new workspace's first
 * version.
 */
final class ShippedTopics {

    static final String RESOURCE = "/topics/default-topics.json";
    private static volatile TopicSet loaded;

    private ShippedTopics() {
    }

    static TopicSet get() {
        TopicSet set = loaded;
        if (set == null) {
            try (InputStream in = ShippedTopics.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("The analytics bundle lacks " + RESOURCE);
                }
                set = TopicJson.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            loaded = set;
        }
        return set;
    }
}

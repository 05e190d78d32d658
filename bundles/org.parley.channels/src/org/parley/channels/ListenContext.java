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
import java.util.Optional;

/**
 * What a connector receiving pushed messages ({@link ChannelConnector#listen}) delivers them to.
 */
public interface ListenContext {

    /** The settings of the source (secrets are not among them: see {@link #secret}). */
    ConnectorSettings settings();

    /** A secret setting of the source, read from secure storage; never log it. */
    Optional<char[]> secret(String key);

    /**
     * Stores one pushed message before returning, so the connector can acknowledge it to the sender
     * only once it is safe. Delivering a message again is harmless.
     *
     * @return whether it was added, updated, or already there
     * @throws IOException
     *             when it could not be stored; the sender should retry later
     */
    Delivery deliver(InboundMessage message) throws IOException;

    /** Keeps a pushed record that could not be read, with the reason. */
    void quarantine(QuarantineRecord record);

    /** What became of a delivered message. */
    enum Delivery {
        /** Stored for the first time. */
        ADDED,
        /** Already stored, and changed since: the stored message was updated. */
        UPDATED,
        /** Already stored as it is: nothing changed. */
        DUPLICATE
    }
}

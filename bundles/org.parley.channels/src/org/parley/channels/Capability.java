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

/** What a {@link ChannelConnector} can do. */
public enum Capability {
    /** Imports files exported from the channel: {@link ChannelConnector#importFile}. */
    FILE_IMPORT,
    /** Pulls messages from the channel's API: {@link ChannelConnector#pull}. */
    API_PULL,
    /** Receives messages pushed to an endpoint: {@link ChannelConnector#listen}. */
    WEBHOOK_PUSH,
    /** Can post a public reply in the channel. */
    PUBLIC_REPLY,
    /** Can send a private message to the author, for a follow-up that needs account details. */
    PRIVATE_MESSAGE
}

/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.ingest.internal;

import java.util.Optional;

import org.parley.channels.InboundMessage;

/** What the store cannot keep of a message as it is: such a message goes to the quarantine. */
final class Validation {

    private static final int MAX_CHANNEL = 40;

    private Validation() {
    }

    static Optional<String> problemWith(InboundMessage m) {
        if (m.channel().length() > MAX_CHANNEL) {
            return Optional.of("channel id longer than " + MAX_CHANNEL + " characters: " + Sql.cut(m.channel(), 60));
        }
        if (m.author().handle().length() > Identities.MAX_HANDLE) {
            return Optional.of("author handle longer than " + Identities.MAX_HANDLE + " characters");
        }
        if (m.text().indexOf('\u0000') >= 0) {
            return Optional.of("text contains a NUL character (binary data?)");
        }
        return Optional.empty();
    }
}

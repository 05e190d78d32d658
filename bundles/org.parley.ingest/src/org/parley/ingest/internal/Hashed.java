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

import java.util.Objects;

import org.parley.channels.InboundMessage;

/**
 * A message with the hash of its content: the same (channel, external id) with another hash changed
 * upstream. The raw payload is not hashed (a re-export may differ in white space or field order).
 */
record Hashed(InboundMessage message, String hash) {

    static Hashed of(InboundMessage m) {
        var a = m.author();
        String hash = Sql.sha256(m.threadId(), m.parentId(), m.direction().name(), a.handle(), a.displayName(),
                a.email(), a.phone(), Objects.toString(a.followers(), null), Boolean.toString(a.verified()),
                m.occurredAt().toInstant().toString(), m.subject(), m.text(), m.language(),
                Objects.toString(m.link(), null), String.join(",", m.tags()), Objects.toString(m.reach(), null));
        return new Hashed(m, hash);
    }

    Key key() {
        return new Key(message.channel(), message.externalId());
    }

    /** A message's (channel, external id). */
    record Key(String channel, String externalId) {
    }
}

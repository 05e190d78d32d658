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

import org.parley.channels.ExternalIdReuse;
import org.parley.channels.InboundMessage;

/**
 * A message with the hash of its content (stored as {@code CONTENT_HASH}). The raw payload is not
 * hashed (a re-export may differ in white space or field order).
 * <p>
 * On an {@link ExternalIdReuse#EDIT} channel the hash covers every parsed field, so the same
 * (channel, external id) with another hash was changed upstream. On a
 * {@link ExternalIdReuse#COLLISION} channel it covers only what identifies the message (direction,
 * author, time, subject, text), so the same message read again with, say, another thread derived
 * for it is still the same message; messages stored by earlier versions carry the full hash there,
 * which {@link #formerHash} still matches.
 *
 * @param hash
 *            the hash stored for the message
 * @param formerHash
 *            the full hash, which earlier versions stored on every channel (equal to {@code hash}
 *            on EDIT channels)
 */
record Hashed(InboundMessage message, String hash, String formerHash) {

    /** A message of an {@link ExternalIdReuse#EDIT} channel. */
    static Hashed of(InboundMessage m) {
        return of(m, ExternalIdReuse.EDIT);
    }

    static Hashed of(InboundMessage m, ExternalIdReuse reuse) {
        var a = m.author();
        String full = Sql.sha256(m.threadId(), m.parentId(), m.direction().name(), a.handle(), a.displayName(),
                a.email(), a.phone(), Objects.toString(a.followers(), null), Boolean.toString(a.verified()),
                m.occurredAt().toInstant().toString(), m.subject(), m.text(), m.language(),
                Objects.toString(m.link(), null), String.join(",", m.tags()), Objects.toString(m.reach(), null));
        if (reuse != ExternalIdReuse.COLLISION) {
            return new Hashed(m, full, full);
        }
        String identity = Sql.sha256("identity", m.direction().name(), a.handle(),
                m.occurredAt().toInstant().toString(), m.subject(), m.text());
        return new Hashed(m, identity, full);
    }

    /** Whether a stored hash is this message's (as hashed now or as hashed before). */
    boolean matches(String storedHash) {
        return hash.equals(storedHash) || formerHash.equals(storedHash);
    }

    /** The same message under another external id. */
    Hashed withExternalId(String externalId) {
        InboundMessage m = message;
        return new Hashed(new InboundMessage(m.channel(), externalId, m.threadId(), m.parentId(), m.direction(),
                m.author(), m.occurredAt(), m.subject(), m.text(), m.language(), m.link(), m.tags(), m.reach(),
                m.raw(), m.rawType()), hash, formerHash);
    }

    Key key() {
        return new Key(message.channel(), message.externalId());
    }

    /** A message's (channel, external id). */
    record Key(String channel, String externalId) {
    }
}

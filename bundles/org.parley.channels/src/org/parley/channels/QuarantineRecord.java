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

import java.util.Objects;

/**
 * A record a connector could not read, handed to {@link IngestContext#quarantine} so a person can
 * see why, fix it and retry it. The rest of the run goes on.
 *
 * @param position
 *            where the record is in its source, precise enough to find it: {@code line 214},
 *            {@code byte 88213}, {@code Message-ID <x@y>}, a URL
 * @param reason
 *            what is wrong, in words a user understands: "invalid JSON: unexpected end of input at
 *            line 1, column 87"
 * @param raw
 *            the record's bytes exactly as read (possibly empty when nothing could be read)
 */
public record QuarantineRecord(String position, String reason, byte[] raw) {

    public QuarantineRecord {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(reason, "reason");
        raw = raw == null ? new byte[0] : raw;
    }
}

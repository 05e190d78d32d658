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
 * The author of a message as the channel knows them. Parley turns authors into identities: the same
 * {@code handle} on the same channel is the same identity on every message.
 *
 * @param handle
 *            the channel's stable name for the author (an email address in lower case, an X user id
 *            or screen name, a phone number in E.164); never blank
 * @param displayName
 *            the name shown, or null
 * @param email
 *            an email address when known, or null
 * @param phone
 *            a phone number when known, or null
 * @param followers
 *            how many follow the author on the channel, or null when the channel does not say
 * @param verified
 *            whether the channel vouches for who the author is
 */
public record Author(String handle, String displayName, String email, String phone, Integer followers,
        boolean verified) {

    public Author {
        Objects.requireNonNull(handle, "handle");
        if (handle.isBlank()) {
            throw new IllegalArgumentException("An author needs a handle");
        }
        if (followers != null && followers < 0) {
            throw new IllegalArgumentException("followers cannot be negative: " + followers);
        }
    }

    /** An author known only by handle and name. */
    public static Author of(String handle, String displayName) {
        return new Author(handle, displayName, null, null, null, false);
    }
}

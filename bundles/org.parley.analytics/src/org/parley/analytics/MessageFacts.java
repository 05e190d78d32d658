/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.analytics;

/**
 * What the channel knows about a message beyond its text, for the influence score. Unknown numbers
 * are null.
 *
 * @param channel
 *            the channel id ({@code x}, {@code email}, ...), or null
 * @param followers
 *            the author's followers on that channel
 * @param verified
 *            whether the channel verified the author
 * @param reach
 *            how many people the message reached beyond its author (shares, likes, replies)
 * @param earlierContacts
 *            how many earlier messages the same identity sent
 */
public record MessageFacts(String channel, Integer followers, boolean verified, Integer reach, int earlierContacts) {

    /** Nothing known: a message typed on the command line. */
    public static final MessageFacts NONE = new MessageFacts(null, null, false, null, 0);
}

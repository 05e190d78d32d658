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

/**
 * What a message means that comes with the external id of a stored message (or of an earlier
 * message of the same run) but with other content. Each connector declares it for its channels
 * ({@link ChannelConnector#externalIdReuse()}); the pipeline acts on it. The same content again is
 * a duplicate either way.
 * <p>
 * The built-in connectors decide:
 * <table>
 * <caption>Same external id, different content</caption>
 * <tr>
 * <th>connector</th>
 * <th>meaning</th>
 * <th>why</th>
 * </tr>
 * <tr>
 * <td>{@code email}</td>
 * <td>{@link #COLLISION}</td>
 * <td>an e-mail is immutable; Message-IDs are reused by bots, left empty or mangled by clients and
 * copied by archives. The connector already appends a fingerprint of the identifying headers and
 * the body to the Message-ID, so a collision that still reaches the pipeline is kept apart
 * too.</td>
 * </tr>
 * <tr>
 * <td>{@code csv}</td>
 * <td>{@link #COLLISION}</td>
 * <td>a call-centre log row is a record of something that happened; an id column reused by another
 * row (or by another export) names another contact, not a correction</td>
 * </tr>
 * <tr>
 * <td>{@code x}</td>
 * <td>{@link #EDIT}</td>
 * <td>tweet ids are unique and assigned by X; a tweet is edited upstream and its counts change</td>
 * </tr>
 * <tr>
 * <td>{@code facebook}</td>
 * <td>{@link #EDIT}</td>
 * <td>post and comment ids are assigned by the Graph API; posts and comments are edited</td>
 * </tr>
 * <tr>
 * <td>{@code feed}</td>
 * <td>{@link #EDIT}</td>
 * <td>an entry's guid or Atom id stays when a forum post or review is edited</td>
 * </tr>
 * <tr>
 * <td>{@code webhook}</td>
 * <td>{@link #EDIT}</td>
 * <td>the sending system owns the event id and re-sends it when a message is edited</td>
 * </tr>
 * </table>
 */
public enum ExternalIdReuse {

    /**
     * The message was edited upstream: the stored message is updated in place, and within one run the
     * last occurrence wins.
     */
    EDIT,

    /**
     * Another message that happens to carry the same id: it is stored as a message of its own under a
     * disambiguated id ({@code <external id>#<16 hex digits of a hash of its content>}), and the stored
     * one is never overwritten. "Content" here is what identifies a message (direction, author, time,
     * subject, text), so the same message seen again, with for example another thread derived for it,
     * stays a duplicate.
     */
    COLLISION
}

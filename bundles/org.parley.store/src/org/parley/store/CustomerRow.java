/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.store;

import java.time.Instant;
import java.util.List;

/**
 * One line of the customers list.
 *
 * @param id
 *            the customer id
 * @param displayName
 *            the customer's name
 * @param channels
 *            the channels the customer was seen on
 * @param identities
 *            the number of identities
 * @param interactions
 *            the number of interactions authored
 * @param lastContact
 *            the time of the latest interaction, or null
 */
public record CustomerRow(long id, String displayName, List<String> channels, int identities, long interactions,
        Instant lastContact) {
}

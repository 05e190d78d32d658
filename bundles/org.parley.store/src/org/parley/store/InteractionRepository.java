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

import java.util.List;
import java.util.Optional;

import org.parley.model.Interaction;

/** Stored interactions. */
public interface InteractionRepository {

    long count();

    /** The newest interactions first, at most {@code limit}. */
    List<InteractionRow> rows(int limit);

    Optional<Interaction> find(String channel, String externalId);

    Interaction save(Interaction interaction);
}

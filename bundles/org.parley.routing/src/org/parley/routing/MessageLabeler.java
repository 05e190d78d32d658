/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.routing;

import java.util.List;
import java.util.Map;

import org.parley.store.Store;

/**
 * Gives routing the classification (type, sentiment, action, influence) of messages. The analytics
 * bundle registers one as an OSGi service; without one, conditions on classification never match.
 */
public interface MessageLabeler {

    /**
     * The labels of the given messages, by interaction id (messages not stored have id 0 and are
     * labelled under 0 only when alone). A message missing from the result is treated as not
     * classified.
     */
    Map<Long, MessageFacts.Labels> labels(Store store, List<MessageFacts> messages);
}

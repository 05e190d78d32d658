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
 * What a classifier decides. The chain runs the aspects in this order, so a type classifier sees
 * the sentiment already decided.
 */
public enum Aspect {
    SENTIMENT,
    TYPE,
    ACTION,
    INFLUENCE,
    /** What the message is about: the workspace's topics it matches, any number of them. */
    TOPIC;

    /** The lower-case name used in JSON, the database and the command line. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

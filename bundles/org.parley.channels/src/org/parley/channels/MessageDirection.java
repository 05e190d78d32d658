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
 * Who wrote a message: a customer (or anyone talking to or about the brand), or the brand itself.
 */
public enum MessageDirection {
    /** From a customer or another outside author. */
    INBOUND,
    /** From the brand: its own posts and replies. */
    OUTBOUND
}

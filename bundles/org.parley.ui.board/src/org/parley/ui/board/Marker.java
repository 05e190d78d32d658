/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.ui.board;

/**
 * How a card is marked on the board: pain points and opportunities carry a coloured icon.
 */
public enum Marker {
    NONE,
    PAIN,
    OPPORTUNITY,
    INFO
}

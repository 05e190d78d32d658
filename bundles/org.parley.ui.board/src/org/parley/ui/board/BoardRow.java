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
 * A row of the board (a journey lane).
 *
 * @param id
 *            stable id
 * @param title
 *            shown in the row header
 * @param kind
 *            cards or a curve
 * @param accent
 *            RGB colour of the row's cards (0xRRGGBB)
 */
public record BoardRow(String id, String title, RowKind kind, int accent) {
}

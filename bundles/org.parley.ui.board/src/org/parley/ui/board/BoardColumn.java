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
 * A column of the board (a journey step).
 *
 * @param id
 *            stable id
 * @param title
 *            shown in the column header
 */
public record BoardColumn(String id, String title) {
}

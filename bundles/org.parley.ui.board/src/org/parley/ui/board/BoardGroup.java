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

import java.util.List;

/**
 * A group of adjacent columns with a common header (a journey stage).
 *
 * @param id
 *            stable id
 * @param title
 *            shown above its columns
 * @param columns
 *            its columns, left to right
 */
public record BoardGroup(String id, String title, List<BoardColumn> columns) {

    public BoardGroup {
        columns = List.copyOf(columns);
    }
}

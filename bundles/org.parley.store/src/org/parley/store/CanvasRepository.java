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

import org.parley.model.Canvas;

/** Planning canvases. */
public interface CanvasRepository {

    long count();

    List<Canvas> list();

    /** A canvas with its items and trace links loaded. */
    Optional<Canvas> load(long id);

    Canvas save(Canvas canvas);
}

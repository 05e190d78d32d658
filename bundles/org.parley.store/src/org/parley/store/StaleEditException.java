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

/**
 * A save was refused because what it would overwrite was saved by someone else (another window,
 * another person on the team database) after this copy was read. The message names both revisions;
 * the caller keeps the user's edits and offers to reload.
 */
public class StaleEditException extends StoreException {

    private static final long serialVersionUID = 1L;

    private final long yours;
    private final long stored;

    public StaleEditException(String message, long yours, long stored) {
        super(message);
        this.yours = yours;
        this.stored = stored;
    }

    /** The revision the refused copy was read at. */
    public long yours() {
        return yours;
    }

    /** The revision stored now. */
    public long stored() {
        return stored;
    }
}

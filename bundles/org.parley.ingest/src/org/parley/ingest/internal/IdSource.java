/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.ingest.internal;

/** A range of ids taken from the id sequence for one batch. */
final class IdSource {

    private long next;
    private final long end;

    IdSource(long first, int count) {
        this.next = first;
        this.end = first + count;
    }

    long next() {
        if (next >= end) {
            throw new IllegalStateException("The batch needs more ids than it allocated");
        }
        return next++;
    }
}

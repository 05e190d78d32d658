/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.journey;

/** What an import does with the ids in the file. */
public enum ImportMode {
    /**
     * Replace the journey with the file's id if the workspace has it, otherwise add it with the file's
     * ids. Fails when the file's stage, step or touchpoint ids belong to another journey.
     */
    REPLACE_OR_ADD,
    /** Always add a new journey, with fresh ids for everything in it. */
    ADD_AS_COPY
}

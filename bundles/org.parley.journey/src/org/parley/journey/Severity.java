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

/** How much a finding of the journey checks matters. */
public enum Severity {
    /** The plan is incomplete: a planner must fix it. */
    ERROR,
    /** Probably a gap; may be intended. */
    WARNING
}

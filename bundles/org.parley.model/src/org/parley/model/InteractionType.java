/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.model;

/** Who talks to whom at a touchpoint, and where. */
public enum InteractionType {
    /** Customers talking to each other on the brand's own site or community. */
    C2C_ON_SITE,
    /** Customers talking to each other elsewhere (social networks, review sites). */
    C2C_OFF_SITE,
    /** The brand answering in public. */
    B2C_PUBLIC,
    /** The brand following up in private (direct message, e-mail, phone). */
    B2C_PRIVATE
}

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

/**
 * A journey to start from.
 *
 * @param id
 *            the template's name for commands, such as {@code social-complaint}
 * @param title
 *            what a user sees
 * @param description
 *            one sentence on what the template maps
 */
public record JourneyTemplate(String id, String title, String description) {
}

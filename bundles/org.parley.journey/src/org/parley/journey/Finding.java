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
 * Something a planner must look at in a journey.
 *
 * @param code
 *            what kind of problem, stable for scripts: {@code step-without-touchpoint},
 *            {@code step-without-owner}, {@code pain-point-without-opportunity},
 *            {@code channel-without-connector}
 * @param stepId
 *            the step it is about
 * @param cardId
 *            the card it is about, or null
 * @param message
 *            what is wrong, in words
 */
public record Finding(Severity severity, String code, String stepId, String cardId, String message) {
}

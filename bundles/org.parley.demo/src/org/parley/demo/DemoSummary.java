/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.demo;

/**
 * What a demo seeding added.
 *
 * @param seeded
 *            false when the workspace had been seeded before and nothing was added
 * @param customers
 *            customers added
 * @param identities
 *            identities added
 * @param interactions
 *            interactions added
 * @param journeys
 *            journeys added
 */
public record DemoSummary(boolean seeded, int customers, int identities, int interactions, int journeys) {
}

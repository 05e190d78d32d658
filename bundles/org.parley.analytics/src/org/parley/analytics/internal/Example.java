/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.analytics.internal;

/**
 * A labelled message for training: one aspect's value ({@code complaint,question},
 * {@code negative}, {@code urgent}), from the seed set or an agent's correction.
 */
record Example(String text, org.parley.analytics.Aspect aspect, String value, boolean fromCorrection) {
}

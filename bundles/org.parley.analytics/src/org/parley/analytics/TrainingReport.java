/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.analytics;

import java.util.Map;

/**
 * The outcome of training the learned model: how many examples it saw and, per aspect, its accuracy
 * on held-out examples against the current chain's accuracy on the same examples. The model is used
 * for an aspect only when it beats the chain there.
 *
 * @param version
 *            the model version stored in the workspace
 * @param examples
 *            training examples (seed data plus corrections)
 * @param corrections
 *            how many of them came from agents' corrections
 * @param heldOut
 *            held-out examples the accuracies were measured on
 * @param modelAccuracy
 *            per aspect, the model's held-out accuracy
 * @param chainAccuracy
 *            per aspect, the classifier chain's accuracy on the same examples
 * @param active
 *            per aspect, whether the model is now used
 */
public record TrainingReport(int version, int examples, int corrections, int heldOut,
        Map<Aspect, Double> modelAccuracy, Map<Aspect, Double> chainAccuracy, Map<Aspect, Boolean> active) {

    public TrainingReport {
        modelAccuracy = Map.copyOf(modelAccuracy);
        chainAccuracy = Map.copyOf(chainAccuracy);
        active = Map.copyOf(active);
    }
}

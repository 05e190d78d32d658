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

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** One decision of the learned model (a type yes/no, the sentiment label, the action). */
interface Head {

    /** A predicted class and the features that spoke most for it. */
    record Prediction(String label, List<String> features) {
    }

    Prediction predict(List<String> features);

    JsonNode toJson();

    /**
     * A head read back from storage: logistic regression, or naive Bayes in models stored before it.
     */
    static Head fromJson(JsonNode json) {
        return json.has("weights") ? LogisticHead.fromJson(json) : NaiveBayes.fromJson(json);
    }
}

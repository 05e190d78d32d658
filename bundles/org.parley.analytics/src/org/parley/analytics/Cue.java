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

/**
 * One reason behind a verdict, shown to the user: which classifier saw what ({@code feature}: a
 * word, a rule or a model feature) with what weight, in a sentence ({@code text}).
 *
 * @param classifier
 *            the classifier that produced the cue
 * @param aspect
 *            the verdict it supports
 * @param feature
 *            the word, rule or feature, e.g. {@code word:awful}, {@code rule:negation},
 *            {@code phrase:cancel my account}
 * @param weight
 *            its contribution (signed for sentiment; positive means "supports the verdict"
 *            elsewhere)
 * @param text
 *            a short human explanation, e.g. {@code "not" flips "good"}
 */
public record Cue(ClassifierId classifier, Aspect aspect, String feature, double weight, String text) {

    @Override
    public String toString() {
        return aspect.key() + ": " + text;
    }
}

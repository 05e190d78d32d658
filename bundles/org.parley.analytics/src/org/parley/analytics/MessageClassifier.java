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

import java.util.Set;

/**
 * Classifies messages in one or more {@link Aspect}s, registered as an OSGi service. For each
 * aspect the chain uses the classifier with the highest {@code service.ranking} (Parley's own
 * classifiers have ranking 0), so a bundle replaces one by registering its own with a higher
 * ranking, or adds an aspect it decides differently. Results record the classifier's {@link #id()};
 * when a classifier appears, goes or changes version, stored messages are reclassified in the
 * background.
 *
 * <pre>
 * &#64;Component(property = "service.ranking:Integer=10")
 * public final class OurSentiment implements MessageClassifier { ... }
 * </pre>
 *
 * Implementations must be thread safe and fast (the chain classifies tens of thousands of messages
 * a second on one core); they must not block on I/O.
 */
public interface MessageClassifier {

    /** A stable id and a version that changes whenever the classifier's verdicts may change. */
    ClassifierId id();

    /** The aspects this classifier decides. */
    Set<Aspect> aspects();

    /**
     * Reads {@link ClassificationDraft#text()}, its facts and the verdicts of the aspects before its
     * own, and sets its verdicts with cues.
     */
    void classify(ClassificationDraft draft);
}

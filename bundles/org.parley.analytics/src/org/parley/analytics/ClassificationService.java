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

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.parley.store.Store;

/**
 * Classifies messages with the chain of {@link MessageClassifier} services and keeps the results of
 * stored interactions in the workspace (tables {@code INTERACTION_CLASSIFICATION},
 * {@code CLASSIFICATION_CORRECTION}, {@code CLASSIFIER_MODEL}). An OSGi service; every method that
 * touches a workspace takes its {@link Store}. Thread safe.
 */
public interface ClassificationService {

    /** Which classifier decides each aspect now. */
    Map<Aspect, ClassifierId> chain();

    /** Classifies a text with the classifier chain alone; stores nothing, needs no workspace. */
    Classification classify(String text, MessageFacts facts);

    /**
     * Classifies a text as the workspace would: the chain, then the workspace's learned model for the
     * aspects where it beat the chain. Stores nothing.
     */
    Classification classify(Store store, String text, MessageFacts facts);

    /**
     * Classifies stored inbound interactions in batches and stores the results: with {@code all}, every
     * one; otherwise those not yet classified or classified by another classifier version or model.
     * Agents' corrections are kept. Cancellable through the monitor.
     *
     * @return how many interactions were (re)classified
     */
    int classifyStored(Store store, boolean all, IProgressMonitor monitor);

    /** The stored classification of an interaction, with agents' corrections applied. */
    Optional<Classification> get(Store store, long interactionId);

    /** The stored classifications of many interactions (those that have one), corrections applied. */
    Map<Long, Classification> get(Store store, Collection<Long> interactionIds);

    /**
     * Records an agent's correction of one aspect (type, sentiment or action) and applies it to the
     * stored result.
     *
     * @param value
     *            types as {@code complaint,question}; a sentiment label; an action
     * @throws IllegalArgumentException
     *             for an aspect that cannot be corrected or a value that is not one of its choices
     * @throws java.util.NoSuchElementException
     *             when there is no such interaction
     */
    Correction correct(Store store, long interactionId, Aspect aspect, String value, String agent);

    /** The corrections of an interaction, oldest first. */
    List<Correction> corrections(Store store, long interactionId);

    /**
     * Trains a new model version from the seed data and the workspace's corrections, measures it on
     * held-out examples against the chain and activates it per aspect where it is better.
     */
    TrainingReport train(Store store, IProgressMonitor monitor);

    /**
     * A cancellable background job running {@link #classifyStored(Store, boolean, IProgressMonitor)};
     * the caller schedules it. Jobs of the same store never run at the same time.
     */
    Job reclassifyJob(Store store, boolean all);
}

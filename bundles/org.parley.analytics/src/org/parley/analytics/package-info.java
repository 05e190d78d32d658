/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
/**
 * Parley's analytics API: {@link org.parley.analytics.MessageClassifier} services classify a
 * message by type, sentiment, action needed and influence, each verdict explained by
 * {@link org.parley.analytics.Cue}s; {@link org.parley.analytics.ClassificationService} runs the
 * chain, stores results, records agents' corrections and trains a model from them.
 */
package org.parley.analytics;

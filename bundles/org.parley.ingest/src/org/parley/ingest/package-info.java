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
 * The ingestion pipeline's API: {@link org.parley.ingest.IngestService} (import, pull, listen,
 * sources), {@link org.parley.ingest.QuarantineService}, {@link org.parley.ingest.SecretStore} and
 * the {@link org.parley.ingest.ImportJob} and {@link org.parley.ingest.PullJob} that run them in
 * the background.
 */
package org.parley.ingest;

/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.ingest;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A configured source of one connector: a mailbox, an X account, a feed URL, a folder of
 * call-centre logs. Its settings hold no secrets (those are in the {@link SecretStore}, under the
 * source's id).
 *
 * @param id
 *            the source's id (0 for a source not yet stored)
 * @param connectorId
 *            the connector reading it
 * @param name
 *            the name shown to users
 * @param settings
 *            the non-secret settings, by key
 * @param schedule
 *            how often to pull, or null for "only when asked"
 * @param lastRunAt
 *            when it last ran, or null
 * @param lastReport
 *            what the last run did, or null
 * @param lastError
 *            why the last run failed, or null when it did not
 */
public record Source(long id, String connectorId, String name, Map<String, String> settings, Duration schedule,
        Instant lastRunAt, IngestReport lastReport, String lastError) {

    public Source {
        Objects.requireNonNull(connectorId, "connectorId");
        Objects.requireNonNull(name, "name");
        settings = settings == null ? Map.of() : Map.copyOf(settings);
    }

    /** A new source, not yet stored, that has never run. */
    public static Source of(String connectorId, String name, Map<String, String> settings, Duration schedule) {
        return new Source(0, connectorId, name, settings, schedule, null, null, null);
    }

    /** The same source with other settings and schedule. */
    public Source with(String newName, Map<String, String> newSettings, Duration newSchedule) {
        return new Source(id, connectorId, newName, newSettings, newSchedule, lastRunAt, lastReport, lastError);
    }
}

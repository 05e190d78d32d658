/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.routing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.parley.store.Store;

/**
 * Routing rules and SLA policies of a workspace, versioned in its database, and the routing of its
 * conversations. An OSGi service; every method takes the store to work on.
 */
public interface RoutingService {

    /**
     * The current (newest) version. A workspace that has none gets the default rules and policies saved
     * as version 1 first.
     */
    RoutingVersion current(Store store);

    /** Every saved version, newest first. */
    List<RoutingVersion> versions(Store store);

    Optional<RoutingVersion> version(Store store, int version);

    /**
     * Saves the rules and policies as a new version, which becomes the current one.
     *
     * @param note
     *            what changed (may be empty)
     */
    RoutingVersion save(Store store, RoutingConfig config, String note);

    /** The rules and policies a new workspace starts with. */
    RoutingConfig defaults();

    /**
     * Applies the current rules to every conversation that has no assignment yet and stores where each
     * went, with its due time. Conversations are committed in batches, so a canceled run keeps what it
     * did.
     *
     * @param now
     *            the time recorded as routing time
     * @param canceled
     *            asked between batches; {@code true} stops the run
     */
    RouteReport route(Store store, Instant now, BooleanSupplier canceled);

    /**
     * The routed conversations of a queue, or of all queues when {@code queue} is {@code null}: the
     * next reply due first, then those with nothing due. The due time is worked out from the
     * conversation's messages as they are now (a brand reply after routing stops the clock, a newer
     * customer message starts the next-reply clock), with the priority and the SLA policies of the
     * version that routed it.
     *
     * @param now
     *            what "overdue" is measured against
     */
    List<QueueEntry> queue(Store store, String queue, Instant now);

    /** The assignment of one conversation, if it was routed. */
    Optional<Assignment> assignment(Store store, long conversationId);

    /**
     * The stored customer messages that {@code rule} matches (enabled or not), newest first.
     *
     * @param scan
     *            how many of the newest messages to try at most
     * @param limit
     *            how many matches to return at most
     */
    List<PreviewMatch> preview(Store store, RoutingRule rule, int scan, int limit, BooleanSupplier canceled);
}

/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.routing.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.parley.routing.Assignment;
import org.parley.routing.MessageFacts;
import org.parley.routing.MessageLabeler;
import org.parley.routing.PreviewMatch;
import org.parley.routing.QueueEntry;
import org.parley.routing.RouteReport;
import org.parley.routing.RoutingConfig;
import org.parley.routing.RoutingJson;
import org.parley.routing.RoutingRule;
import org.parley.routing.RoutingService;
import org.parley.routing.RoutingVersion;
import org.parley.routing.RuleCheck;
import org.parley.routing.RuleEngine;
import org.parley.routing.internal.MessageQuery.Message;
import org.parley.store.Store;

/**
 * Routing on plain JDBC; the classification comes from a {@link MessageLabeler} service when there
 * is one.
 */
@Component(service = RoutingService.class)
public final class DefaultRoutingService implements RoutingService {

    /** Conversations routed per transaction. */
    static final int BATCH = 500;

    private static final String DEFAULTS = "/defaults/routing-default.json";

    private volatile MessageLabeler labeler;

    public DefaultRoutingService() {
        // for DS and for tests
    }

    public DefaultRoutingService(MessageLabeler labeler) {
        this.labeler = labeler;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setLabeler(MessageLabeler newLabeler) {
        this.labeler = newLabeler;
    }

    void unsetLabeler(MessageLabeler oldLabeler) {
        if (labeler == oldLabeler) {
            labeler = null;
        }
    }

    @Override
    public RoutingVersion current(Store store) {
        Optional<RoutingVersion> newest = store.query(ConfigTable::newest);
        if (newest.isPresent()) {
            return newest.get();
        }
        return store.jdbc(connection -> {
            Optional<RoutingVersion> raced = ConfigTable.newest(connection);
            return raced.isPresent()
                    ? raced.get()
                    : ConfigTable.insert(connection, defaults(), "default rules and SLA policies", Instant.now());
        });
    }

    @Override
    public List<RoutingVersion> versions(Store store) {
        return store.query(ConfigTable::all);
    }

    @Override
    public Optional<RoutingVersion> version(Store store, int version) {
        return store.query(connection -> ConfigTable.find(connection, version));
    }

    @Override
    public RoutingVersion save(Store store, RoutingConfig config, String note) {
        current(store); // version 1 is always the defaults a workspace started with
        return store.jdbc(connection -> ConfigTable.insert(connection, config, note, Instant.now()));
    }

    @Override
    public RoutingConfig defaults() {
        try (InputStream in = DefaultRoutingService.class.getResourceAsStream(DEFAULTS)) {
            if (in == null) {
                throw new IllegalStateException("the default routing rules are missing from the bundle");
            }
            return RoutingJson.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public RouteReport route(Store store, Instant now, BooleanSupplier canceled) {
        RoutingVersion version = current(store);
        Router router = new Router(version);
        List<Long> ids = store.query(MessageQuery::unroutedConversations);
        Map<String, Integer> queues = new TreeMap<>();
        int routed = 0;
        int looked = 0;
        for (int start = 0; start < ids.size(); start += BATCH) {
            if (canceled.getAsBoolean()) {
                return new RouteReport(version.version(), looked, routed, looked - routed, queues, true);
            }
            List<Long> chunk = ids.subList(start, Math.min(ids.size(), start + BATCH));
            List<Message> messages = store.query(c -> MessageQuery.unroutedMessages(c, chunk.get(0),
                    chunk.get(chunk.size() - 1)));
            List<Assignment> assignments = routeChunk(router, labelled(store, messages));
            store.jdbc(connection -> {
                AssignmentTable.insert(connection, assignments, now);
                return null;
            });
            looked += chunk.size();
            routed += assignments.size();
            assignments.forEach(a -> queues.merge(a.target().queue(), 1, Integer::sum));
        }
        return new RouteReport(version.version(), looked, routed, looked - routed, queues, false);
    }

    private static List<Assignment> routeChunk(Router router, List<Message> messages) {
        List<Assignment> assignments = new ArrayList<>();
        int from = 0;
        for (int i = 1; i <= messages.size(); i++) {
            if (i == messages.size()
                    || messages.get(i).facts().conversationId() != messages.get(from).facts().conversationId()) {
                long conversation = messages.get(from).facts().conversationId();
                router.route(conversation, messages.subList(from, i)).ifPresent(assignments::add);
                from = i;
            }
        }
        return assignments;
    }

    private List<Message> labelled(Store store, List<Message> messages) {
        MessageLabeler current = labeler;
        if (current == null || messages.isEmpty()) {
            return messages;
        }
        List<MessageFacts> inbound = messages.stream().filter(Message::inbound).map(Message::facts).toList();
        return Router.label(messages, current.labels(store, inbound));
    }

    @Override
    public List<QueueEntry> queue(Store store, String queue, Instant now) {
        return store.query(connection -> QueueQuery.read(connection, queue, now));
    }

    @Override
    public Optional<Assignment> assignment(Store store, long conversationId) {
        return store.query(connection -> AssignmentTable.find(connection, conversationId));
    }

    @Override
    public List<PreviewMatch> preview(Store store, RoutingRule rule, int scan, int limit, BooleanSupplier canceled) {
        List<Message> messages = store.query(connection -> MessageQuery.newestInbound(connection, scan));
        List<PreviewMatch> matches = new ArrayList<>();
        for (int start = 0; start < messages.size() && matches.size() < limit; start += BATCH) {
            if (canceled.getAsBoolean()) {
                break;
            }
            List<Message> chunk = labelled(store, messages.subList(start, Math.min(messages.size(), start + BATCH)));
            for (Message message : chunk) {
                RuleCheck check = RuleEngine.check(rule, message.facts());
                if (check.matched() && matches.size() < limit) {
                    MessageFacts facts = message.facts();
                    matches.add(new PreviewMatch(facts.interactionId(), facts.conversationId(), facts.channel(),
                            facts.occurredAt(), preview(facts.text()), check));
                }
            }
        }
        return matches;
    }

    private static String preview(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= 140 ? flat : flat.substring(0, 139) + "\u2026";
    }
}

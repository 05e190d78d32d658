/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.cli.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.parley.cli.command.CliCommand;

/**
 * The built-in commands plus every {@link CliCommand} service in the framework. A command line that
 * names no known command waits a moment for late services, since bundles may still be starting.
 */
final class ServiceCatalog implements CommandCatalog {

    private static final long LATE_SERVICE_WAIT_MS = TimeUnit.SECONDS.toMillis(3);
    private static final long POLL_MS = 100;

    private final BundleContext context;
    private final Map<String, CliCommand> builtIns;

    ServiceCatalog(BundleContext context, Map<String, CliCommand> builtIns) {
        this.context = context;
        this.builtIns = Map.copyOf(builtIns);
    }

    @Override
    public Optional<Match> find(List<String> words) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(LATE_SERVICE_WAIT_MS);
        while (true) {
            Map<String, ServiceReference<CliCommand>> services = services();
            Map<String, Object> names = new HashMap<>(services);
            names.putAll(builtIns);
            Optional<String> name = CommandCatalog.longestName(names.keySet(), words);
            if (name.isPresent()) {
                CliCommand command = builtIns.containsKey(name.get())
                        ? builtIns.get(name.get())
                        : context.getService(services.get(name.get()));
                if (command != null) {
                    return Optional.of(new Match(name.get(), name.get().split("\\s+").length, command));
                }
            }
            if (System.nanoTime() > deadline) {
                return Optional.empty();
            }
            try {
                Thread.sleep(POLL_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
    }

    @Override
    public SortedMap<String, CliCommand> all() {
        SortedMap<String, CliCommand> all = new TreeMap<>(builtIns);
        for (Map.Entry<String, ServiceReference<CliCommand>> service : services().entrySet()) {
            CliCommand command = context.getService(service.getValue());
            if (command != null) {
                all.putIfAbsent(service.getKey(), command);
            }
        }
        return all;
    }

    private Map<String, ServiceReference<CliCommand>> services() {
        Map<String, ServiceReference<CliCommand>> byName = new HashMap<>();
        try {
            Collection<ServiceReference<CliCommand>> refs = context.getServiceReferences(CliCommand.class, null);
            for (ServiceReference<CliCommand> ref : refs) {
                if (ref.getProperty(CliCommand.NAME) instanceof String name && !name.isBlank()) {
                    byName.putIfAbsent(name.trim().replaceAll("\\s+", " "), ref);
                }
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        return byName;
    }
}

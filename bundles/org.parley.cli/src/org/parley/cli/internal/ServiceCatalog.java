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

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.parley.cli.command.CliCommand;

/**
 * The built-in commands plus every {@link CliCommand} service in the framework (through the
 * {@link CommandRegistry}). A command line that names no known command waits a moment for late
 * services, since bundles may still be starting.
 */
final class ServiceCatalog implements CommandCatalog {

    static final long LATE_SERVICE_WAIT_MS = TimeUnit.SECONDS.toMillis(3);

    private final CommandRegistry registry;
    private final Map<String, CliCommand<?>> builtIns;

    ServiceCatalog(CommandRegistry registry, Map<String, CliCommand<?>> builtIns) {
        this.registry = registry;
        this.builtIns = Map.copyOf(builtIns);
    }

    @Override
    public Optional<Match> find(List<String> words) {
        try {
            Optional<String> name = registry.await(words, builtIns.keySet(), LATE_SERVICE_WAIT_MS);
            if (name.isEmpty()) {
                return Optional.empty();
            }
            Optional<CliCommand<?>> command = builtIns.containsKey(name.get())
                    ? Optional.of(builtIns.get(name.get()))
                    : registry.command(name.get());
            return command.map(c -> new Match(name.get(), name.get().split("\\s+").length, c));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    @Override
    public SortedMap<String, CliCommand<?>> all() {
        SortedMap<String, CliCommand<?>> all = new TreeMap<>(builtIns);
        for (String name : registry.names()) {
            if (!all.containsKey(name)) {
                registry.command(name).ifPresent(command -> all.put(name, command));
            }
        }
        return all;
    }
}

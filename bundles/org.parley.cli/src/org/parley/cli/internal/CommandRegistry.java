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

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.parley.cli.command.CliCommand;

/**
 * Every {@link CliCommand} service of the framework, by name, as a dynamic reference: a bundle that
 * starts (or a drop-in installed) later adds its commands at once. The references are kept, not the
 * services, so a command is only activated when it runs or the help lists it. A command line that
 * names no known command yet waits for one to arrive, for a bounded time, without polling.
 */
@Component(service = CommandRegistry.class)
public final class CommandRegistry {

    private final Map<String, ServiceReference<CliCommand<?>>> byName = new HashMap<>();
    private final BundleContext bundles;

    @Activate
    public CommandRegistry(BundleContext bundles) {
        this.bundles = bundles;
    }

    @Reference(name = "commands", service = CliCommand.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, unbind = "removeCommand")
    synchronized void addCommand(ServiceReference<CliCommand<?>> command) {
        nameOf(command).ifPresent(name -> {
            byName.putIfAbsent(name, command);
            notifyAll();
        });
    }

    synchronized void removeCommand(ServiceReference<CliCommand<?>> command) {
        nameOf(command).ifPresent(name -> byName.remove(name, command));
    }

    /** The names of the commands registered now. */
    synchronized Set<String> names() {
        return Set.copyOf(byName.keySet());
    }

    /**
     * The longest registered name that starts the words, waiting up to the timeout for one to be
     * registered when none matches yet.
     */
    synchronized Optional<String> await(List<String> words, Set<String> others, long timeoutMillis)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        while (true) {
            Set<String> all = new java.util.HashSet<>(byName.keySet());
            all.addAll(others);
            Optional<String> name = CommandCatalog.longestName(all, words);
            long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            if (name.isPresent() || left <= 0) {
                return name;
            }
            wait(left);
        }
    }

    /** The command registered under a name, activated now; empty when it has gone. */
    Optional<CliCommand<?>> command(String name) {
        ServiceReference<CliCommand<?>> reference;
        synchronized (this) {
            reference = byName.get(name);
        }
        return reference == null ? Optional.empty() : Optional.ofNullable(bundles.getService(reference));
    }

    private static Optional<String> nameOf(ServiceReference<?> command) {
        return command.getProperty(CliCommand.NAME) instanceof String name && !name.isBlank()
                ? Optional.of(name.trim().replaceAll("\\s+", " "))
                : Optional.empty();
    }
}

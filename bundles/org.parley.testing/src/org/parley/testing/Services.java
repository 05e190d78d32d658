/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.testing;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.util.tracker.ServiceTracker;
import org.parley.channels.ChannelConnector;
import org.parley.cli.command.CliCommand;

/** Finds real OSGi services for tests, as the workbench and the CLI find them. */
public final class Services {

    /** Only a guard against a hang: the tests wait for registration, not for time. */
    private static final long GIVE_UP_MS = 20_000;

    private Services() {
    }

    /** The registered service of this type; fails the test if none comes. */
    public static <T> T get(Class<T> type) {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context(), type, null);
        tracker.open();
        try {
            T service = tracker.waitForService(GIVE_UP_MS);
            assertNotNull(service, type.getSimpleName() + " is registered");
            return service;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /**
     * The registered {@code parley-cli} command with these words ("journey list"); fails the test if
     * none comes.
     */
    public static CliCommand command(String words) {
        BundleContext context = context();
        try {
            ServiceTracker<CliCommand, CliCommand> tracker = new ServiceTracker<>(context,
                    context.createFilter("(&(objectClass=" + CliCommand.class.getName() + ")(" + CliCommand.NAME
                            + "=" + words + "))"),
                    null);
            tracker.open();
            CliCommand command = tracker.waitForService(GIVE_UP_MS);
            assertNotNull(command, "the command '" + words + "' is registered");
            return command;
        } catch (InvalidSyntaxException e) {
            throw new IllegalArgumentException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The registered channel connector with this id; fails the test if there is none. */
    public static ChannelConnector connector(String id) {
        ServiceTracker<ChannelConnector, ChannelConnector> tracker = new ServiceTracker<>(context(),
                ChannelConnector.class, null);
        tracker.open();
        try {
            tracker.waitForService(GIVE_UP_MS);
            ChannelConnector found = null;
            ChannelConnector[] all = tracker.getServices(new ChannelConnector[0]);
            for (ChannelConnector connector : all == null ? new ChannelConnector[0] : all) {
                if (id.equals(connector.id())) {
                    found = connector;
                }
            }
            assertNotNull(found, "a ChannelConnector with id " + id + " is registered");
            return found;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } finally {
            tracker.close();
        }
    }

    private static BundleContext context() {
        BundleContext context = FrameworkUtil.getBundle(Services.class).getBundleContext();
        if (context == null) {
            throw new IllegalStateException("org.parley.testing is not started");
        }
        return context;
    }
}

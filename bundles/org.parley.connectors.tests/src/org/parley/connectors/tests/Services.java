/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.connectors.tests;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.parley.channels.ChannelConnector;

/** The framework's services, waited for while bundles start. */
final class Services {

    private static final long WAIT_MS = 20_000;
    private static final long SETTLE_MS = 2_000;

    private Services() {
    }

    static <T> T get(Class<T> type) {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context(), type, null);
        tracker.open();
        try {
            T service = tracker.waitForService(WAIT_MS);
            if (service == null) {
                throw new AssertionError(type.getSimpleName() + " is not registered");
            }
            return service;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Every registered connector, once the count has stopped growing for a moment. */
    static List<ChannelConnector> connectors() {
        ServiceTracker<ChannelConnector, ChannelConnector> tracker = new ServiceTracker<>(context(),
                ChannelConnector.class, null);
        tracker.open();
        try {
            tracker.waitForService(WAIT_MS);
            int seen = -1;
            while (tracker.size() != seen) {
                seen = tracker.size();
                Thread.sleep(SETTLE_MS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        List<ChannelConnector> connectors = new ArrayList<>();
        for (Object service : tracker.getServices() == null ? new Object[0] : tracker.getServices()) {
            connectors.add((ChannelConnector) service);
        }
        connectors.sort(Comparator.comparing(ChannelConnector::id));
        return connectors;
    }

    private static BundleContext context() {
        return FrameworkUtil.getBundle(Services.class).getBundleContext();
    }
}

/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.connector.feed.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.parley.channels.Capability;
import org.parley.channels.ChannelConnector;
import org.parley.channels.ConnectorSettings;

/** The connector is found as an OSGi service, as the workbench and the CLI find it. */
class ServiceTest {

    @Test
    void theFeedConnectorIsARegisteredServiceWithValidDefaults() throws InterruptedException {
        BundleContext context = FrameworkUtil.getBundle(ServiceTest.class).getBundleContext();
        ServiceTracker<ChannelConnector, ChannelConnector> tracker = new ServiceTracker<>(context,
                ChannelConnector.class, null);
        tracker.open();
        try {
            tracker.waitForService(10_000);
            ChannelConnector x = null;
            for (ChannelConnector connector : tracker.getServices(new ChannelConnector[0])) {
                if ("feed".equals(connector.id())) {
                    x = connector;
                }
            }
            assertNotNull(x, "a ChannelConnector with id feed is registered");
            assertEquals(Set.of(Capability.FILE_IMPORT, Capability.API_PULL), x.capabilities());
            assertTrue(ConnectorSettings.defaults(x.settings()).problems().isEmpty());
            assertEquals(Set.of("forum", "review"), x.channels());
        } finally {
            tracker.close();
        }
    }
}

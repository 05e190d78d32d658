/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.connector.facebook.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.parley.channels.Capability;
import org.parley.channels.ChannelConnector;
import org.parley.channels.ConnectorSettings;
import org.parley.testing.Services;

/** The connector is found as an OSGi service, as the workbench and the CLI find it. */
class ServiceTest {

    @Test
    void theFacebookConnectorIsARegisteredServiceWithValidDefaults() {
        ChannelConnector connector = Services.connector("facebook");
        assertEquals(Set.of(Capability.FILE_IMPORT, Capability.API_PULL), connector.capabilities());
        assertTrue(ConnectorSettings.defaults(connector.settings()).problems().isEmpty());
        assertTrue(connector.settings().stream()
                .anyMatch(s -> s.secret() && s.key().equals(FacebookConnector.PAGE_TOKEN)));
    }
}

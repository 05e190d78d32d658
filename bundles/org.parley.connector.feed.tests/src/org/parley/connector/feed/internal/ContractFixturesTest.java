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

import org.parley.testing.AbstractContractFixturesTest;

/**
 * The fixtures this connector gives the shared contract test ({@code org.parley.connectors.tests/
 * contract/feed/}) say what the connector does with them: the counts, the quarantine and a resume
 * after the first checkpoint.
 */
class ContractFixturesTest extends AbstractContractFixturesTest {

    ContractFixturesTest() {
        super(new FeedConnector(), "feed");
    }
}

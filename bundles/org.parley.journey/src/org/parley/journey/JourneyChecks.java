/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.journey;

import java.util.List;
import java.util.Set;
import org.parley.model.journey.JourneyMap;

/**
 * Checks a journey for what a planner must fix: steps with no touchpoint or no owner, pain points
 * that no opportunity addresses, touchpoints whose channel has no installed connector.
 */
public interface JourneyChecks {

    /** The findings, in the order of the steps. */
    List<Finding> check(JourneyMap map);

    /** The channel ids the installed connectors bring (what the connector check compares with). */
    Set<String> connectedChannels();
}

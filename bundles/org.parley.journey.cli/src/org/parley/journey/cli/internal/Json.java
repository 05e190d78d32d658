/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.journey.cli.internal;

import java.time.Duration;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.parley.journey.Finding;
import org.parley.model.journey.JourneyInfo;
import org.parley.model.journey.JourneyMap;
import org.parley.journey.TouchpointFigure;

/** The JSON lines the journey commands print. */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    static ObjectNode info(JourneyInfo info) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", info.databaseId());
        node.put("stable_id", info.id());
        node.put("name", info.name());
        node.put("persona", info.persona());
        node.put("state", info.state().name());
        node.put("version", info.version());
        node.put("stages", info.stages());
        node.put("steps", info.steps());
        return node;
    }

    static ObjectNode journey(JourneyMap map) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", map.databaseId());
        node.put("stable_id", map.id());
        node.put("name", map.name());
        node.put("stages", map.stages().size());
        node.put("steps", map.steps().size());
        node.put("touchpoints", map.touchpoints().size());
        return node;
    }

    static ObjectNode finding(JourneyMap map, Finding finding) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("journey", map.id());
        node.put("severity", finding.severity().name());
        node.put("code", finding.code());
        node.put("step_id", finding.stepId());
        node.put("step", map.step(finding.stepId()).map(s -> s.name()).orElse(null));
        node.put("card_id", finding.cardId());
        node.put("message", finding.message());
        return node;
    }

    static ObjectNode figure(String touchpoint, String step, TouchpointFigure figure) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("touchpoint_id", figure.touchpointId());
        node.put("touchpoint", touchpoint);
        node.put("step", step);
        node.put("volume", figure.volume());
        if (figure.averageSentiment().isPresent()) {
            node.put("average_sentiment", figure.averageSentiment().getAsDouble());
        } else {
            node.putNull("average_sentiment");
        }
        node.put("answered", figure.answered());
        if (figure.medianFirstResponse().isPresent()) {
            Duration median = figure.medianFirstResponse().get();
            node.put("median_first_response_seconds", median.toSeconds());
        } else {
            node.putNull("median_first_response_seconds");
        }
        return node;
    }
}

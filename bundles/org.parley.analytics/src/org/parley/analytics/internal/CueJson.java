/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.analytics.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;

import org.parley.analytics.Aspect;
import org.parley.analytics.ClassifierId;
import org.parley.analytics.Cue;

/** Cues as a compact JSON array, as kept in the {@code CUES} column. */
final class CueJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CueJson() {
    }

    /**
     * The cues as JSON within {@code max} characters; the last cues are left out when they do not fit.
     */
    static String write(List<Cue> cues, int max) {
        List<Cue> kept = new ArrayList<>(cues);
        while (true) {
            ArrayNode array = JSON.createArrayNode();
            for (Cue cue : kept) {
                array.addObject().put("c", cue.classifier().toString()).put("a", cue.aspect().key())
                        .put("f", cue.feature()).put("w", Math.round(cue.weight() * 1000) / 1000.0)
                        .put("t", cue.text());
            }
            String text = array.toString();
            if (text.length() <= max || kept.isEmpty()) {
                return text;
            }
            kept.remove(kept.size() - 1);
        }
    }

    static List<Cue> read(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        try {
            List<Cue> cues = new ArrayList<>();
            for (JsonNode node : JSON.readTree(text)) {
                cues.add(new Cue(ClassifierId.parse(node.path("c").asText()),
                        Aspect.valueOf(node.path("a").asText().toUpperCase(Locale.ROOT)), node.path("f").asText(),
                        node.path("w").asDouble(), node.path("t").asText()));
            }
            return cues;
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return List.of();
        }
    }
}

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

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.parley.analytics.Aspect;
import org.parley.analytics.Classification;
import org.parley.analytics.Cue;
import org.parley.analytics.MessageType;

/** A classification as the command line prints it. */
public final class ClassificationJson {

    private ClassificationJson() {
    }

    /**
     * {@code {"type":[...],"sentiment":{"label":..,"score":..},"action":..,"explanation":[...],
     * "action_cue":..,"influence":..,"classifiers":{...},"topics":[...]}}: the four keys first,
     * in its order, then the extras.
     */
    public static ObjectNode of(Classification c) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        ArrayNode types = json.putArray("type");
        c.types().stream().map(MessageType::key).sorted().forEach(types::add);
        ObjectNode sentiment = json.putObject("sentiment");
        sentiment.put("label", c.sentimentLabel().key());
        sentiment.put("score", Math.round(c.sentimentScore() * 10_000) / 10_000.0);
        json.put("action", c.action().key());
        ArrayNode explanation = json.putArray("explanation");
        for (Cue cue : c.cues()) {
            explanation.add(cue.toString());
        }
        json.put("action_cue", c.actionCue());
        json.put("influence", c.influence());
        ObjectNode classifiers = json.putObject("classifiers");
        for (Aspect aspect : Aspect.values()) {
            if (c.classifiers().containsKey(aspect)) {
                classifiers.put(aspect.key(), c.classifiers().get(aspect).toString());
            }
        }
        c.topics().forEach(json.putArray("topics")::add);
        return json;
    }
}

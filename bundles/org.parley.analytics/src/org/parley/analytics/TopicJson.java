/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.analytics;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A topic set as JSON: {@code {"topics":[{"id":"outage","label":"Outage","keywords":["outage"],
 * "phrases":["no internet"]}]}}. Reading accepts what {@code topics show} prints (with its version,
 * note and saved_at), so a shown set can be edited and saved again.
 */
public final class TopicJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Set<String> ROOT_KEYS = Set.of("topics", "version", "note", "saved_at");
    private static final Set<String> TOPIC_KEYS = Set.of("id", "label", "keywords", "phrases");

    private TopicJson() {
    }

    /**
     * @throws IllegalArgumentException
     *             with a message naming what is wrong and where
     */
    public static TopicSet read(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject() || !root.path("topics").isArray()) {
            throw new IllegalArgumentException("a topic set is a JSON object with a 'topics' array");
        }
        known(root, ROOT_KEYS, "the topic set");
        List<Topic> topics = new ArrayList<>();
        int index = 0;
        for (JsonNode node : root.get("topics")) {
            index++;
            if (!node.isObject()) {
                throw new IllegalArgumentException("topic " + index + " is not a JSON object");
            }
            known(node, TOPIC_KEYS, "topic " + index);
            topics.add(new Topic(node.path("id").asText(""), node.path("label").asText(""),
                    strings(node, "keywords"), strings(node, "phrases")));
        }
        return new TopicSet(topics);
    }

    public static String write(TopicSet set) {
        try {
            return JSON.writeValueAsString(toJson(set));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ObjectNode toJson(TopicSet set) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode topics = root.putArray("topics");
        for (Topic topic : set.topics()) {
            ObjectNode node = topics.addObject();
            node.put("id", topic.id());
            node.put("label", topic.label());
            topic.keywords().forEach(node.putArray("keywords")::add);
            topic.phrases().forEach(node.putArray("phrases")::add);
        }
        return root;
    }

    private static List<String> strings(JsonNode node, String key) {
        JsonNode values = node.path(key);
        if (values.isMissingNode() || values.isNull()) {
            return List.of();
        }
        if (!values.isArray()) {
            throw new IllegalArgumentException(
                    "'" + key + "' of topic '" + node.path("id").asText() + "' is not a list");
        }
        List<String> list = new ArrayList<>();
        values.forEach(v -> list.add(v.asText()));
        return list;
    }

    private static void known(JsonNode node, Set<String> keys, String where) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!keys.contains(name)) {
                throw new IllegalArgumentException(where + " has an unknown key '" + name + "' (known: "
                        + keys.stream().sorted().toList() + ")");
            }
        }
    }
}

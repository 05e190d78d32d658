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

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.parley.journey.internal.JourneyJsonReader;
import org.parley.model.journey.Card;
import org.parley.model.journey.JourneyLane;
import org.parley.model.journey.JourneyMap;
import org.parley.model.journey.JourneyStage;
import org.parley.model.journey.JourneyStep;
import org.parley.model.journey.PersonaProfile;

/**
 * The journey file: lossless JSON for version control. Keys are sorted, lists keep the map's order,
 * empty values are left out, lines end in LF and ids are the stable ids, so exporting an imported
 * file gives the same bytes, and a change to a journey is a small diff.
 */
public final class JourneyJson {

    /** The value of the {@code format} key that marks a journey file. */
    public static final String FORMAT = "parley-journey";
    /** The version of the file layout this Parley writes and reads. */
    public static final int FORMAT_VERSION = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private JourneyJson() {
    }

    /** Writes a journey as pretty, sorted JSON (UTF-8, LF line ends, a final newline). */
    public static void write(JourneyMap map, OutputStream out) throws IOException {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        byte[] bytes = MAPPER.writer(printer).without(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .writeValueAsBytes(tree(map));
        out.write(bytes);
        out.write('\n');
        out.flush();
    }

    /** The journey file as a string. */
    public static String toJson(JourneyMap map) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(map, out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * Reads a journey file. The map has no database id; its ids are the file's.
     *
     * @throws JourneyFormatException
     *             naming the first problem and where it is (such as {@code stages[2].steps[0].emotion})
     */
    public static JourneyMap read(InputStream in) throws JourneyFormatException {
        JsonNode root;
        try {
            root = MAPPER.readTree(in);
        } catch (JsonProcessingException e) {
            throw new JourneyFormatException("Not JSON: " + e.getOriginalMessage() + " at line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr(), e);
        } catch (IOException e) {
            throw new JourneyFormatException("Cannot read the journey file: " + e.getMessage(), e);
        }
        return new JourneyJsonReader().read(root);
    }

    /** Reads a journey file from a string. */
    public static JourneyMap fromJson(String json) throws JourneyFormatException {
        return read(new java.io.ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static Map<String, Object> tree(JourneyMap map) {
        Map<String, Object> root = new TreeMap<>();
        root.put("format", FORMAT);
        root.put("formatVersion", FORMAT_VERSION);
        root.put("id", map.id());
        root.put("name", map.name());
        put(root, "scenario", map.scenario());
        put(root, "targetOutcome", map.targetOutcome());
        root.put("state", map.state().name());
        root.put("version", map.version());
        root.put("personas", map.personas().stream().map(JourneyJson::persona).toList());
        root.put("lanes", map.lanes().stream().map(JourneyJson::lane).toList());
        root.put("stages", map.stages().stream().map(JourneyJson::stage).toList());
        return root;
    }

    private static Map<String, Object> persona(PersonaProfile persona) {
        Map<String, Object> node = new TreeMap<>();
        node.put("id", persona.id());
        node.put("name", persona.name());
        put(node, "segment", persona.segment());
        put(node, "goals", persona.goals());
        put(node, "needStates", persona.needStates());
        put(node, "frustrations", persona.frustrations());
        put(node, "preferredChannels", persona.preferredChannels());
        return node;
    }

    private static Map<String, Object> lane(JourneyLane lane) {
        Map<String, Object> node = new TreeMap<>();
        node.put("id", lane.id());
        node.put("kind", lane.kind().name());
        node.put("title", lane.title());
        return node;
    }

    private static Map<String, Object> stage(JourneyStage stage) {
        Map<String, Object> node = new TreeMap<>();
        node.put("id", stage.id());
        node.put("name", stage.name());
        node.put("steps", stage.steps().stream().map(JourneyJson::step).toList());
        return node;
    }

    private static Map<String, Object> step(JourneyStep step) {
        Map<String, Object> node = new TreeMap<>();
        node.put("id", step.id());
        node.put("name", step.name());
        node.put("emotion", step.emotion());
        put(node, "owner", step.owner() == null ? null : step.owner().name());
        put(node, "interactionType", step.interactionType() == null ? null : step.interactionType().name());
        Map<String, Object> cells = new TreeMap<>();
        step.cells().forEach((lane, cards) -> {
            if (!cards.isEmpty()) {
                cells.put(lane, cards.stream().map(JourneyJson::card).toList());
            }
        });
        put(node, "cells", cells);
        return node;
    }

    private static Map<String, Object> card(Card card) {
        Map<String, Object> node = new TreeMap<>();
        node.put("id", card.id());
        node.put("text", card.text());
        put(node, "details", card.details());
        put(node, "channels", card.channels());
        put(node, "tags", card.tags());
        put(node, "interactionType", card.interactionType() == null ? null : card.interactionType().name());
        put(node, "owner", card.owner());
        put(node, "status", card.status() == null ? null : card.status().name());
        put(node, "priority", card.priority() == null ? null : card.priority().name());
        put(node, "addresses", card.addresses());
        return node;
    }

    private static void put(Map<String, Object> node, String key, Object value) {
        if (value == null || value instanceof List<?> list && list.isEmpty()
                || value instanceof Map<?, ?> m && m.isEmpty()) {
            return;
        }
        node.put(key, value instanceof List<?> list ? new ArrayList<>(list) : value);
    }
}

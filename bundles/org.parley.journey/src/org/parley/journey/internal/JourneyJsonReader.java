/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.journey.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import org.parley.model.journey.Card;
import org.parley.model.journey.Ids;
import org.parley.journey.JourneyFormatException;
import org.parley.journey.JourneyJson;
import org.parley.model.journey.JourneyLane;
import org.parley.model.journey.JourneyMap;
import org.parley.model.journey.JourneyStage;
import org.parley.model.journey.JourneyStep;
import org.parley.model.journey.LaneKind;
import org.parley.model.journey.OpportunityStatus;
import org.parley.model.journey.PersonaProfile;
import org.parley.model.journey.Priority;
import org.parley.model.InteractionType;
import org.parley.model.OwningFunction;
import org.parley.model.PlanState;

/** Reads the journey file, checking it whole and naming the place of the first problem. */
public final class JourneyJsonReader {

    /** Lanes and cards have wider id columns than stages and steps. */
    static final int MAX_CARD_ID = 64;

    private final Set<String> ids = new HashSet<>();

    public JourneyMap read(JsonNode root) throws JourneyFormatException {
        if (root == null || !root.isObject()) {
            throw new JourneyFormatException("A journey file holds one JSON object");
        }
        if (!JourneyJson.FORMAT.equals(root.path("format").asText(null))) {
            throw new JourneyFormatException("Not a journey file: 'format' must be \"" + JourneyJson.FORMAT + "\"");
        }
        int version = root.path("formatVersion").asInt(-1);
        if (version != JourneyJson.FORMAT_VERSION) {
            throw new JourneyFormatException("formatVersion " + root.path("formatVersion")
                    + " is not supported; this Parley reads version " + JourneyJson.FORMAT_VERSION);
        }
        String id = id(root, "", Ids.MAX_LENGTH);
        List<PersonaProfile> personas = new ArrayList<>();
        int i = 0;
        for (JsonNode node : array(root, "personas", "")) {
            personas.add(persona(node, "personas[" + i++ + "]"));
        }
        List<JourneyLane> lanes = lanes(root);
        Set<String> laneIds = new HashSet<>();
        lanes.forEach(l -> laneIds.add(l.id()));
        List<JourneyStage> stages = new ArrayList<>();
        i = 0;
        for (JsonNode node : array(root, "stages", "")) {
            stages.add(stage(node, "stages[" + i++ + "]", lanes));
        }
        int planVersion = root.path("version").asInt(1);
        return new JourneyMap(null, id, nameOf(root), text(root, "scenario"),
                text(root, "targetOutcome"), enumValue(root, "state", "", PlanState.class), planVersion, personas,
                lanes, stages, 0);
    }

    private List<JourneyLane> lanes(JsonNode root) throws JourneyFormatException {
        List<JourneyLane> lanes = new ArrayList<>();
        Set<LaneKind> builtIn = new HashSet<>();
        Set<String> laneIds = new HashSet<>();
        int i = 0;
        for (JsonNode node : array(root, "lanes", "")) {
            String at = "lanes[" + i++ + "]";
            String laneId = required(node, "id", at);
            if (laneId.length() > MAX_CARD_ID || !laneIds.add(laneId)) {
                throw new JourneyFormatException(at + ".id: '" + laneId + "' is used twice or longer than "
                        + MAX_CARD_ID + " characters");
            }
            LaneKind kind = enumValue(node, "kind", at, LaneKind.class);
            if (kind == null) {
                throw new JourneyFormatException(at + ".kind is missing");
            }
            if (kind != LaneKind.CUSTOM && !builtIn.add(kind)) {
                throw new JourneyFormatException(at + ": a journey has one " + kind + " lane");
            }
            try {
                lanes.add(new JourneyLane(laneId, text(node, "title"), kind));
            } catch (IllegalArgumentException e) {
                throw new JourneyFormatException(at + ": " + e.getMessage(), e);
            }
        }
        return lanes;
    }

    private PersonaProfile persona(JsonNode node, String at) throws JourneyFormatException {
        return new PersonaProfile(id(node, at, Ids.MAX_LENGTH), nameOf(node), text(node, "segment"),
                text(node, "goals"), text(node, "needStates"), text(node, "frustrations"),
                strings(node, "preferredChannels", at));
    }

    private JourneyStage stage(JsonNode node, String at, List<JourneyLane> lanes) throws JourneyFormatException {
        String stageId = id(node, at, Ids.MAX_LENGTH);
        List<JourneyStep> steps = new ArrayList<>();
        int i = 0;
        for (JsonNode step : array(node, "steps", at)) {
            steps.add(step(step, at + ".steps[" + i++ + "]", lanes));
        }
        return new JourneyStage(stageId, nameOf(node), steps);
    }

    private JourneyStep step(JsonNode node, String at, List<JourneyLane> lanes) throws JourneyFormatException {
        String stepId = id(node, at, Ids.MAX_LENGTH);
        JsonNode emotion = node.path("emotion");
        if (!emotion.isMissingNode() && (!emotion.isInt() || emotion.asInt() < -2 || emotion.asInt() > 2)) {
            throw new JourneyFormatException(at + ".emotion: " + emotion + " is not a whole number from -2 to 2");
        }
        Map<String, List<Card>> cells = new LinkedHashMap<>();
        JsonNode cellsNode = node.path("cells");
        if (!cellsNode.isMissingNode() && !cellsNode.isObject()) {
            throw new JourneyFormatException(at + ".cells must be an object of lane id to cards");
        }
        for (Map.Entry<String, JsonNode> cell : cellsNode.properties()) {
            String where = at + ".cells." + cell.getKey();
            JourneyLane lane = lanes.stream().filter(l -> l.id().equals(cell.getKey())).findFirst()
                    .orElseThrow(() -> new JourneyFormatException(where + ": no lane with this id in 'lanes'"));
            if (!lane.kind().holdsCards()) {
                throw new JourneyFormatException(where + ": the " + lane.kind() + " lane holds no cards");
            }
            List<Card> cards = new ArrayList<>();
            int i = 0;
            for (JsonNode card : array(cell.getValue(), where)) {
                cards.add(card(card, where + "[" + i++ + "]"));
            }
            cells.put(cell.getKey(), cards);
        }
        return new JourneyStep(stepId, nameOf(node), emotion.asInt(0),
                enumValue(node, "owner", at, OwningFunction.class),
                enumValue(node, "interactionType", at, InteractionType.class), cells);
    }

    private Card card(JsonNode node, String at) throws JourneyFormatException {
        String cardId = id(node, at, MAX_CARD_ID);
        List<String> channels = strings(node, "channels", at);
        List<String> tags = strings(node, "tags", at);
        try {
            return new Card(cardId, text(node, "text"), text(node, "details"), channels, tags,
                    enumValue(node, "interactionType", at, InteractionType.class), text(node, "owner"),
                    enumValue(node, "status", at, OpportunityStatus.class),
                    enumValue(node, "priority", at, Priority.class), strings(node, "addresses", at));
        } catch (IllegalArgumentException e) {
            throw new JourneyFormatException(at + ": " + e.getMessage(), e);
        }
    }

    private String id(JsonNode node, String at, int maxLength) throws JourneyFormatException {
        String value = required(node, "id", at);
        if (value.length() > maxLength) {
            throw new JourneyFormatException(path(at, "id") + ": '" + value + "' is longer than " + maxLength
                    + " characters");
        }
        if (!ids.add(value)) {
            throw new JourneyFormatException(path(at, "id") + ": '" + value + "' is used twice in the file");
        }
        return value;
    }

    private static String required(JsonNode node, String key, String at) throws JourneyFormatException {
        JsonNode value = node.path(key);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new JourneyFormatException(path(at, key) + " is missing or not a text");
        }
        return value.asText();
    }

    private static String nameOf(JsonNode node) {
        String name = text(node, "name");
        return name == null ? "" : name;
    }

    private static String text(JsonNode node, String key) {
        JsonNode value = node.path(key);
        return value.isMissingNode() || value.isNull() ? null : value.asText();
    }

    private static List<String> strings(JsonNode node, String key, String at) throws JourneyFormatException {
        List<String> values = new ArrayList<>();
        for (JsonNode value : array(node, key, at)) {
            if (!value.isTextual()) {
                throw new JourneyFormatException(path(at, key) + " must be a list of texts");
            }
            values.add(value.asText());
        }
        return values;
    }

    private static Iterable<JsonNode> array(JsonNode node, String key, String at) throws JourneyFormatException {
        JsonNode value = node.path(key);
        if (value.isMissingNode() || value.isNull()) {
            return List.of();
        }
        return array(value, path(at, key));
    }

    private static Iterable<JsonNode> array(JsonNode value, String where) throws JourneyFormatException {
        if (!value.isArray()) {
            throw new JourneyFormatException(where + " must be a list");
        }
        return value;
    }

    private static <E extends Enum<E>> E enumValue(JsonNode node, String key, String at, Class<E> type)
            throws JourneyFormatException {
        String value = text(node, key);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new JourneyFormatException(path(at, key) + ": '" + value + "' is not one of "
                    + Arrays.toString(type.getEnumConstants()));
        }
    }

    private static String path(String at, String key) {
        return at.isEmpty() ? key : at + "." + key;
    }
}

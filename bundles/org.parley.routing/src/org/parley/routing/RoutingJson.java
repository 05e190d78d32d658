/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.routing;

import java.io.IOException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads and writes routing configurations as JSON (the format of {@code parley-cli routing save}
 * and of the stored versions; see docs/routing.md). Errors name the rule or policy and the field.
 */
public final class RoutingJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Pattern DURATION = Pattern.compile("(?:(\\d+)d)?\\s*(?:(\\d+)h)?\\s*(?:(\\d+)m)?");
    private static final Set<String> RULE_KEYS = Set.of("id", "name", "enabled", "when", "target");
    private static final Set<String> WHEN_KEYS = Set.of("types", "sentiment", "actions", "influence", "channels",
            "keywords", "customerTags", "vip", "topics");
    private static final Set<String> POLICY_KEYS = Set.of("name", "queues", "zone", "days", "from", "to", "holidays",
            "firstReply", "nextReply");

    private RoutingJson() {
    }

    /**
     * @throws IllegalArgumentException
     *             with a message naming what is wrong and where
     */
    public static RoutingConfig read(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("a routing configuration is a JSON object with 'rules' and 'sla'");
        }
        known(root, Set.of("rules", "sla", "version", "note"), "the configuration");
        List<RoutingRule> rules = new ArrayList<>();
        for (JsonNode node : array(root, "rules")) {
            rules.add(readRule(node));
        }
        List<SlaPolicy> policies = new ArrayList<>();
        for (JsonNode node : array(root, "sla")) {
            policies.add(readPolicy(node));
        }
        return new RoutingConfig(rules, policies);
    }

    /** Reads one rule given on its own; it needs an id. */
    public static RoutingRule readRule(String json) {
        return readRule(json, null);
    }

    /**
     * Reads one rule given on its own (as for {@code routing test}).
     *
     * @param defaultId
     *            the id a rule without one gets (a preview needs none), or {@code null} when the rule
     *            must name its id
     */
    public static RoutingRule readRule(String json, String defaultId) {
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (defaultId != null && node instanceof ObjectNode object
                && (!object.hasNonNull("id") || object.get("id").asText().isBlank())) {
            object.put("id", defaultId);
        }
        return readRule(node);
    }

    public static String write(RoutingConfig config) {
        return toText(toJson(config));
    }

    public static ObjectNode toJson(RoutingConfig config) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode rules = root.putArray("rules");
        config.rules().forEach(rule -> rules.add(toJson(rule)));
        ArrayNode sla = root.putArray("sla");
        config.policies().forEach(policy -> sla.add(toJson(policy)));
        return root;
    }

    public static String toText(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ObjectNode toJson(RoutingRule rule) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", rule.id());
        node.put("name", rule.name());
        node.put("enabled", rule.enabled());
        node.set("when", toJson(rule.when()));
        ObjectNode target = node.putObject("target");
        target.put(rule.target().kind() == Target.Kind.TEAM ? "team" : "person", rule.target().queue());
        target.put("priority", rule.target().priority().id());
        return node;
    }

    private static ObjectNode toJson(Conditions when) {
        ObjectNode node = JSON.createObjectNode();
        strings(node, "types", when.types());
        if (!when.sentimentLabels().isEmpty() || when.sentiment() != null) {
            ObjectNode sentiment = node.putObject("sentiment");
            strings(sentiment, "labels", when.sentimentLabels());
            range(sentiment, when.sentiment());
        }
        strings(node, "actions", when.actions());
        if (when.influence() != null) {
            range(node.putObject("influence"), when.influence());
        }
        strings(node, "channels", when.channels());
        strings(node, "topics", when.topics());
        if (!when.anyKeywords().isEmpty() || !when.allKeywords().isEmpty()) {
            ObjectNode keywords = node.putObject("keywords");
            strings(keywords, "any", when.anyKeywords());
            strings(keywords, "all", when.allKeywords());
        }
        strings(node, "customerTags", when.customerTags());
        if (when.vip() != null) {
            node.put("vip", when.vip());
        }
        return node;
    }

    private static ObjectNode toJson(SlaPolicy policy) {
        ObjectNode node = JSON.createObjectNode();
        node.put("name", policy.name());
        strings(node, "queues", policy.queues());
        BusinessHours hours = policy.hours();
        node.put("zone", hours.zone().getId());
        ArrayNode days = node.putArray("days");
        EnumSet.copyOf(hours.days()).forEach(d -> days.add(d.name().substring(0, 3)));
        node.put("from", hours.from().toString());
        node.put("to", hours.to().equals(LocalTime.MIDNIGHT) ? "24:00" : hours.to().toString());
        ArrayNode holidays = node.putArray("holidays");
        hours.holidays().forEach(h -> holidays.add(h.toString()));
        targets(node.putObject("firstReply"), policy.firstReply());
        targets(node.putObject("nextReply"), policy.nextReply());
        return node;
    }

    private static void targets(ObjectNode node, Map<Priority, Duration> targets) {
        for (Priority priority : Priority.values()) {
            Duration target = targets.get(priority);
            if (target != null) {
                node.put(priority.id(), formatDuration(target));
            }
        }
    }

    private static void strings(ObjectNode node, String field, List<String> values) {
        if (!values.isEmpty()) {
            ArrayNode array = node.putArray(field);
            values.forEach(array::add);
        }
    }

    private static void range(ObjectNode node, Range range) {
        if (range != null && range.min() != null) {
            node.put("min", range.min());
        }
        if (range != null && range.max() != null) {
            node.put("max", range.max());
        }
    }

    static RoutingRule readRule(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("a rule is a JSON object with 'id', 'when' and 'target'");
        }
        String id = node.path("id").asText(null);
        String where = "rule '" + id + "'";
        known(node, RULE_KEYS, where);
        try {
            Conditions when = readConditions(node.path("when"));
            return new RoutingRule(id, node.path("name").asText(null), node.path("enabled").asBoolean(true), when,
                    readTarget(node.path("target")));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
    }

    private static Conditions readConditions(JsonNode when) {
        if (when.isMissingNode() || when.isNull()) {
            return Conditions.ANY;
        }
        known(when, WHEN_KEYS, "'when'");
        JsonNode sentiment = when.path("sentiment");
        JsonNode keywords = when.path("keywords");
        known(sentiment, Set.of("labels", "min", "max"), "'sentiment'");
        known(keywords, Set.of("any", "all"), "'keywords'");
        known(when.path("influence"), Set.of("min", "max"), "'influence'");
        return new Conditions(lower(list(when, "types")), lower(list(sentiment, "labels")), range(sentiment),
                lower(list(when, "actions")), range(when.path("influence")), lower(list(when, "channels")),
                list(keywords, "any"), list(keywords, "all"), lower(list(when, "customerTags")),
                when.has("vip") && !when.get("vip").isNull() ? when.get("vip").asBoolean() : null,
                lower(list(when, "topics")));
    }

    private static Target readTarget(JsonNode target) {
        if (!target.isObject()) {
            throw new IllegalArgumentException("'target' must be an object with 'team' or 'person' and 'priority'");
        }
        known(target, Set.of("team", "person", "priority"), "'target'");
        if (target.has("team") == target.has("person")) {
            throw new IllegalArgumentException("'target' needs exactly one of 'team' or 'person'");
        }
        Priority priority = Priority.of(target.path("priority").asText("normal"));
        return target.has("team")
                ? Target.team(target.get("team").asText(), priority)
                : Target.person(target.get("person").asText(), priority);
    }

    private static SlaPolicy readPolicy(JsonNode node) {
        String name = node.path("name").asText(null);
        String where = "SLA policy '" + name + "'";
        known(node, POLICY_KEYS, where);
        try {
            Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            for (String day : list(node, "days")) {
                days.add(day(day));
            }
            List<LocalDate> holidays = list(node, "holidays").stream().map(LocalDate::parse).toList();
            BusinessHours hours = new BusinessHours(days.isEmpty() ? EnumSet.allOf(DayOfWeek.class) : days,
                    time(node.path("from").asText("00:00")), time(node.path("to").asText("24:00")),
                    ZoneId.of(node.path("zone").asText("UTC")), holidays);
            return new SlaPolicy(name, list(node, "queues"), readTargets(node.path("firstReply")),
                    readTargets(node.path("nextReply")), hours);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
    }

    private static Map<Priority, Duration> readTargets(JsonNode node) {
        Map<Priority, Duration> targets = new EnumMap<>(Priority.class);
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            targets.put(Priority.of(entry.getKey()), parseDuration(entry.getValue().asText()));
        }
        return targets;
    }

    /** Parses {@code 4h}, {@code 30m}, {@code 1d 2h}, {@code 1h30m} or ISO-8601 ({@code PT4H}). */
    public static Duration parseDuration(String text) {
        String value = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (value.startsWith("p")) {
            try {
                return Duration.parse(value.toUpperCase(Locale.ROOT));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("bad duration '" + text + "'", e);
            }
        }
        Matcher m = DURATION.matcher(value);
        if (value.isEmpty() || !m.matches()) {
            throw new IllegalArgumentException("bad duration '" + text + "' (use e.g. 4h, 30m, 1d, 1h30m)");
        }
        return Duration.ofDays(num(m.group(1))).plusHours(num(m.group(2))).plusMinutes(num(m.group(3)));
    }

    public static String formatDuration(Duration duration) {
        long minutes = duration.toMinutes();
        return minutes % 60 == 0
                ? minutes / 60 + "h"
                : minutes / 60 > 0
                        ? minutes / 60 + "h" + minutes % 60 + "m"
                        : minutes + "m";
    }

    private static long num(String digits) {
        return digits == null ? 0 : Long.parseLong(digits);
    }

    private static LocalTime time(String text) {
        return "24:00".equals(text.strip()) ? LocalTime.MIDNIGHT : LocalTime.parse(text.strip());
    }

    private static DayOfWeek day(String text) {
        String prefix = text.strip().toUpperCase(Locale.ROOT);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (prefix.length() >= 3 && day.name().startsWith(prefix)) {
                return day;
            }
        }
        throw new IllegalArgumentException("unknown day '" + text + "' (MON, TUE, ... SUN)");
    }

    private static Range range(JsonNode node) {
        Double min = node.hasNonNull("min") ? node.get("min").asDouble() : null;
        Double max = node.hasNonNull("max") ? node.get("max").asDouble() : null;
        return min == null && max == null ? null : new Range(min, max);
    }

    private static List<String> list(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return List.of();
        }
        if (value.isTextual()) {
            return List.of(value.asText());
        }
        if (!value.isArray()) {
            throw new IllegalArgumentException("'" + field + "' must be a list of strings");
        }
        List<String> values = new ArrayList<>();
        value.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static List<String> lower(List<String> values) {
        return values.stream().map(v -> v.toLowerCase(Locale.ROOT)).toList();
    }

    private static Iterable<JsonNode> array(JsonNode root, String field) {
        JsonNode value = root.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new IllegalArgumentException("'" + field + "' must be a list");
        }
        return value;
    }

    private static void known(JsonNode node, Set<String> keys, String where) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            String key = it.next();
            if (!keys.contains(key)) {
                throw new IllegalArgumentException(where + ": unknown field '" + key + "' (expected one of "
                        + keys.stream().sorted().toList() + ")");
            }
        }
    }
}

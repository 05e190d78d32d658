/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.channels;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The non-secret settings of one source, by key, with typed access. Values are validated against
 * the connector's {@link SettingDescriptor}s before a run starts.
 */
public final class ConnectorSettings {

    private final Map<String, String> values;
    private final Map<String, SettingDescriptor> descriptors = new TreeMap<>();

    /**
     * @param descriptors
     *            the connector's settings, for their defaults
     * @param values
     *            the values given (secrets must not be among them)
     */
    public ConnectorSettings(List<SettingDescriptor> descriptors, Map<String, String> values) {
        this.values = Map.copyOf(new TreeMap<>(values));
        for (SettingDescriptor descriptor : descriptors) {
            this.descriptors.put(descriptor.key(), descriptor);
        }
    }

    /** Settings with nothing given: every setting takes its default. */
    public static ConnectorSettings defaults(List<SettingDescriptor> descriptors) {
        return new ConnectorSettings(descriptors, Map.of());
    }

    /** The value given, else the default, else empty. */
    public Optional<String> get(String key) {
        String value = values.get(key);
        if (value != null && !value.isBlank()) {
            return Optional.of(value.strip());
        }
        SettingDescriptor descriptor = descriptors.get(key);
        return descriptor == null ? Optional.empty() : Optional.ofNullable(descriptor.defaultValue());
    }

    /** The value as a whole number, else the fallback. */
    public long getLong(String key, long fallback) {
        return get(key).map(Long::parseLong).orElse(fallback);
    }

    /** The value as a boolean, else the fallback. */
    public boolean getBoolean(String key, boolean fallback) {
        return get(key).map(Boolean::parseBoolean).orElse(fallback);
    }

    /** The values given, by key. */
    public Map<String, String> values() {
        return values;
    }

    /**
     * What is wrong with these settings, one sentence per problem; empty when a run can start. Secret
     * settings are not checked here (they live in secure storage).
     */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        for (SettingDescriptor descriptor : descriptors.values()) {
            if (!descriptor.secret()) {
                descriptor.problemWith(values.get(descriptor.key())).ifPresent(problems::add);
            }
        }
        for (String key : values.keySet()) {
            SettingDescriptor descriptor = descriptors.get(key);
            if (descriptor == null) {
                problems.add("Unknown setting '" + key + "'");
            } else if (descriptor.secret()) {
                problems.add(descriptor.label() + " is a secret and belongs in secure storage");
            }
        }
        return problems;
    }
}

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

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One setting a source of a connector takes: what it is called, what values it accepts, what it
 * means. The Sources part builds its form from these and the pipeline validates with them.
 *
 * @param key
 *            the key, stable across versions: {@code host}, {@code bearerToken}
 * @param label
 *            the label shown to users: "IMAP host"
 * @param type
 *            the kind of value
 * @param required
 *            whether a source cannot run without it
 * @param defaultValue
 *            the value used when none is given, or null
 * @param description
 *            a sentence for the user: what it does, where to find the value
 * @param choices
 *            the allowed values of a {@link SettingType#CHOICE}, else empty
 */
public record SettingDescriptor(String key, String label, SettingType type, boolean required, String defaultValue,
        String description, List<String> choices) {

    public SettingDescriptor {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
        description = description == null ? "" : description;
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    /** A setting that is not a choice. */
    public static SettingDescriptor of(String key, String label, SettingType type, boolean required,
            String defaultValue, String description) {
        return new SettingDescriptor(key, label, type, required, defaultValue, description, List.of());
    }

    /** Whether the value is a secret, kept in secure storage. */
    public boolean secret() {
        return type == SettingType.SECRET;
    }

    /**
     * What is wrong with a value, or empty when it is acceptable. A null or blank value is "not given".
     */
    public Optional<String> problemWith(String value) {
        if (value == null || value.isBlank()) {
            return required && defaultValue == null ? Optional.of(label + " is required") : Optional.empty();
        }
        String v = value.strip();
        return switch (type) {
            case INTEGER -> isInteger(v) ? Optional.empty() : Optional.of(label + " must be a whole number");
            case BOOLEAN -> "true".equalsIgnoreCase(v) || "false".equalsIgnoreCase(v)
                    ? Optional.empty()
                    : Optional.of(label + " must be true or false");
            case URL -> isAbsoluteUri(v) ? Optional.empty() : Optional.of(label + " must be an absolute URL");
            case CHOICE -> choices.contains(v)
                    ? Optional.empty()
                    : Optional.of(label + " must be one of " + String.join(", ", choices));
            default -> Optional.empty();
        };
    }

    private static boolean isInteger(String value) {
        try {
            Long.parseLong(value);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean isAbsoluteUri(String value) {
        try {
            URI uri = new URI(value);
            return uri.isAbsolute() && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}

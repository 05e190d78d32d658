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

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.parley.cli.command.UsageException;
import org.parley.model.journey.JourneyMap;
import org.parley.journey.JourneyService;
import org.parley.store.Store;

/** The words after a journey command: positional arguments and {@code --name value} options. */
final class Args {

    private final List<String> positional = new ArrayList<>();
    private final Map<String, String> options = new HashMap<>();

    /**
     * @param valued
     *            the options that take a value; other {@code --words} are flags
     */
    Args(List<String> args, Set<String> valued, Set<String> flags) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.startsWith("--")) {
                String name = arg.substring(2);
                if (valued.contains(name)) {
                    if (i + 1 >= args.size()) {
                        throw new UsageException("--" + name + " needs a value");
                    }
                    options.put(name, args.get(++i));
                } else if (flags.contains(name)) {
                    options.put(name, "true");
                } else {
                    throw new UsageException("Unknown option " + arg);
                }
            } else {
                positional.add(arg);
            }
        }
    }

    /** The only positional argument, named for the message when it is missing. */
    String single(String what) {
        if (positional.size() != 1) {
            throw new UsageException("Give exactly one " + what + ", got " + positional);
        }
        return positional.get(0);
    }

    void none() {
        if (!positional.isEmpty()) {
            throw new UsageException("No arguments expected, got " + positional);
        }
    }

    Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }

    boolean flag(String name) {
        return options.containsKey(name);
    }

    int intOption(String name, int fallback) {
        String value = options.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " takes a whole number, got '" + value + "'");
        }
    }

    /** The journey an argument names: its number in {@code journey list} or its stable id. */
    static JourneyMap journey(JourneyService journeys, Store store, String id) {
        Optional<JourneyMap> map = id.chars().allMatch(Character::isDigit) && !id.isEmpty()
                ? journeys.load(store, Long.parseLong(id))
                : Optional.empty();
        if (map.isEmpty()) {
            map = journeys.find(store, id);
        }
        return map.orElseThrow(() -> new UsageException(
                "No journey '" + id + "' in this workspace; 'journey list' shows the journeys"));
    }
}

/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.cli.internal;

import java.util.List;
import java.util.Optional;
import java.util.SortedMap;

import org.parley.cli.command.CliCommand;

/** Where the command line finds its commands. */
public interface CommandCatalog {

    /** A command found for a command line, with how many of its words the name took. */
    record Match(String name, int words, CliCommand<?> command) {
    }

    /** The command whose name matches the most leading words of the command line. */
    Optional<Match> find(List<String> words);

    /** Every command known now, by name. */
    SortedMap<String, CliCommand<?>> all();

    /** The command whose name matches the most leading words, among the given names. */
    static Optional<String> longestName(Iterable<String> names, List<String> words) {
        String best = null;
        for (String name : names) {
            List<String> nameWords = List.of(name.trim().split("\\s+"));
            boolean matches = nameWords.size() <= words.size() && nameWords.equals(words.subList(0, nameWords.size()));
            if (matches && (best == null || nameWords.size() > best.split("\\s+").length)) {
                best = name.trim();
            }
        }
        return Optional.ofNullable(best);
    }
}

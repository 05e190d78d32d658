/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.connector.x.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import org.parley.channels.Author;
import org.parley.channels.ConnectorSettings;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Who wrote the tweets of an archive: from account.js, else the settings, else the tweets; when
 * none tells, a placeholder, so that the tweets are still imported: {@code id:<account id>} (as a
 * pull names an author it knows only by id) from the "Account id" setting or a self-reply, else
 * {@link #UNKNOWN}.
 */
final class ArchiveOwner {

    private ArchiveOwner() {
    }

    /** The handle of an archive owner nothing names; no X username has a '-'. */
    static final String UNKNOWN = "archive-owner";

    static Author find(Path tweets, ConnectorSettings settings, ArchiveIndex index) throws IOException {
        return named(tweets, settings, index).orElseGet(() -> settings.get(XConnector.USER_ID).or(index::ownerId)
                .map(id -> Author.of("id:" + id, "X account " + id))
                .orElseGet(() -> Author.of(UNKNOWN, "Archive owner (unknown)")));
    }

    private static Optional<Author> named(Path tweets, ConnectorSettings settings, ArchiveIndex index)
            throws IOException {
        Path folder = tweets.toAbsolutePath().getParent();
        Path account = folder == null ? null : folder.resolve("account.js");
        if (account != null && Files.isRegularFile(account)) {
            Optional<Author> owner = fromAccount(account);
            if (owner.isPresent()) {
                return owner;
            }
        }
        return settings.get(XConnector.ACCOUNT_USERNAME).or(index::ownerUsername)
                .map(name -> name.startsWith("@") ? name.substring(1) : name)
                .map(name -> Author.of(handle(name), "@" + name));
    }

    /** An X username as a handle: X treats names case-insensitively. */
    static String handle(String username) {
        return username.toLowerCase(Locale.ROOT);
    }

    private static Optional<Author> fromAccount(Path account) throws IOException {
        JsonNode[] found = {null};
        new ArchiveFile(account).read(new ArchiveFile.RecordHandler() {
            @Override
            public boolean record(long i, JsonNode record, long line) {
                found[0] = record.path("account");
                return false;
            }

            @Override
            public void broken(long i, long line, String position, String reason, byte[] raw) {
                // an unreadable account.js: the owner comes from elsewhere
            }
        });
        if (found[0] == null || !found[0].hasNonNull("username")) {
            return Optional.empty();
        }
        String username = found[0].get("username").asText();
        String name = found[0].path("accountDisplayName").asText(null);
        return Optional.of(Author.of(handle(username), name == null ? "@" + username : name));
    }
}

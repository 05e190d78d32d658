/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.connector.email.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.parley.channels.Capability;
import org.parley.channels.ChannelConnector;
import org.parley.channels.ExternalIdReuse;
import org.parley.channels.InboundMessage;
import org.parley.channels.IngestContext;
import org.parley.channels.SettingDescriptor;
import org.parley.channels.SettingType;

/** The {@code email} connector: mbox archives, {@code .eml} files and IMAP(S) mailboxes. */
@Component(service = ChannelConnector.class)
public final class EmailConnector implements ChannelConnector {

    static final String HOST = "host";
    static final String PORT = "port";
    static final String SSL = "ssl";
    static final String USER = "user";
    static final String PASSWORD = "password";
    static final String FOLDER = "folder";
    static final String CHECKPOINT_EVERY = "checkpointEvery";

    private static final List<SettingDescriptor> SETTINGS = List.of(
            SettingDescriptor.of(HOST, "IMAP host", SettingType.TEXT, false, null,
                    "The IMAP server to pull from, for example imap.example.org (not needed for file imports)"),
            SettingDescriptor.of(PORT, "IMAP port", SettingType.INTEGER, false, null,
                    "The server's port; 993 with SSL, 143 without when not given"),
            SettingDescriptor.of(SSL, "Use SSL/TLS", SettingType.BOOLEAN, false, "true",
                    "Connect with IMAPS (implicit TLS); switch off only for a server on this machine"),
            SettingDescriptor.of(USER, "User name", SettingType.TEXT, false, null, "The mailbox's login name"),
            SettingDescriptor.of(PASSWORD, "Password", SettingType.SECRET, false, null,
                    "The mailbox's password or app password, kept in secure storage"),
            SettingDescriptor.of(FOLDER, "Folder", SettingType.TEXT, false, "INBOX", "The folder to read"),
            SettingDescriptor.of(CHECKPOINT_EVERY, "Messages per checkpoint", SettingType.INTEGER, false, "200",
                    "How many messages are committed together; a stopped run resumes after the last commit"));

    @Override
    public String id() {
        return "email";
    }

    @Override
    public String displayName() {
        return "Email (mbox, .eml, IMAP)";
    }

    @Override
    public String description() {
        return "Imports mbox archives and .eml files and pulls IMAP(S) mailboxes; threads from Message-ID, "
                + "In-Reply-To and References, MIME decoded, plain text preferred to HTML.";
    }

    @Override
    public Set<Capability> capabilities() {
        return Set.of(Capability.FILE_IMPORT, Capability.API_PULL);
    }

    /**
     * An e-mail is immutable: a second message with the Message-ID of a stored one but another sender,
     * date, subject or body is another message. Its external id already differs (it carries a
     * fingerprint, see {@link MailParser#externalId}); the pipeline keeps it apart as well.
     */
    @Override
    public ExternalIdReuse externalIdReuse() {
        return ExternalIdReuse.COLLISION;
    }

    /**
     * Before external ids carried a fingerprint they were the bare Message-ID (or a hash of the raw
     * bytes): a workspace filled then finds its messages under that id, and the pipeline moves each to
     * its new id when it reads the same message again, instead of storing it twice.
     */
    @Override
    public List<String> formerExternalIds(InboundMessage message) {
        return MailParser.formerExternalId(message).map(List::of).orElse(List.of());
    }

    @Override
    public List<SettingDescriptor> settings() {
        return SETTINGS;
    }

    @Override
    public boolean canImport(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".mbox") || name.endsWith(".mbx") || name.endsWith(".eml")) {
            return true;
        }
        return !name.contains(".") && MboxReader.startsWithFromLine(file, 0);
    }

    @Override
    public void importFile(Path file, IngestContext context) throws IOException {
        new FileImport(file, context).run();
    }

    @Override
    public void pull(IngestContext context) throws IOException {
        new ImapPull(context).run();
    }
}

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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SpiTest {

    private static final List<SettingDescriptor> IMAP = List.of(
            SettingDescriptor.of("host", "IMAP host", SettingType.TEXT, true, null, "The mail server"),
            SettingDescriptor.of("port", "Port", SettingType.INTEGER, false, "993", "993 for IMAPS"),
            new SettingDescriptor("security", "Security", SettingType.CHOICE, false, "ssl", "", List.of("ssl",
                    "starttls")),
            SettingDescriptor.of("password", "Password", SettingType.SECRET, true, null, "Kept in secure storage"));

    @Test
    void settingsSayWhatIsWrongInWordsAUserUnderstands() {
        ConnectorSettings bad = new ConnectorSettings(IMAP, Map.of("port", "nine", "security", "tls"));
        assertEquals(List.of("IMAP host is required", "Port must be a whole number",
                "Security must be one of ssl, starttls"), bad.problems());

        ConnectorSettings good = new ConnectorSettings(IMAP, Map.of("host", "imap.example.org"));
        assertEquals(List.of(), good.problems(), "the secret is not looked for among the settings");
        assertEquals(993, good.getLong("port", 0), "the default applies");
        assertEquals(Optional.of("ssl"), good.get("security"));
    }

    @Test
    void aSecretGivenAsAPlainSettingIsRefused() {
        ConnectorSettings leaked = new ConnectorSettings(IMAP, Map.of("host", "h", "password", "hunter2",
                "colour", "red"));
        assertEquals(List.of("Password is a secret and belongs in secure storage", "Unknown setting 'colour'"),
                leaked.problems().stream().sorted().toList());
        assertTrue(leaked.problems().stream().noneMatch(problem -> problem.contains("hunter2")),
                "a problem never repeats the secret");
    }

    @Test
    void aMessageNeedsAChannelAnIdAnAuthorAndATime() {
        InboundMessage message = InboundMessage.builder("email", "<a@b>").author(Author.of("a@b.org", "A"))
                .occurredAt(OffsetDateTime.parse("2026-11-20T10:15:00+01:00")).text("Hello")
                .raw("raw".getBytes(StandardCharsets.UTF_8), "message/rfc822").build();
        assertEquals(MessageDirection.INBOUND, message.direction());
        assertEquals(List.of(), message.tags());

        assertThrows(IllegalArgumentException.class, () -> InboundMessage.builder("email", " ")
                .author(Author.of("a", null)).occurredAt(OffsetDateTime.now()).build());
        assertThrows(NullPointerException.class, () -> InboundMessage.builder("email", "1").author(Author.of("a",
                null)).build(), "no time");
        assertThrows(IllegalArgumentException.class, () -> InboundMessage.builder("email", "x".repeat(501))
                .author(Author.of("a", null)).occurredAt(OffsetDateTime.now()).build());
        assertThrows(IllegalArgumentException.class, () -> Author.of(" ", "Nobody"));
    }

    @Test
    void aConnectorDoesOnlyWhatItsCapabilitiesSay() {
        ChannelConnector importOnly = new ChannelConnector() {
            @Override
            public String id() {
                return "feed";
            }

            @Override
            public String displayName() {
                return "Feeds";
            }

            @Override
            public String description() {
                return "RSS and Atom";
            }

            @Override
            public Set<Capability> capabilities() {
                return Set.of(Capability.FILE_IMPORT);
            }

            @Override
            public List<SettingDescriptor> settings() {
                return List.of();
            }
        };
        assertEquals(Set.of("feed"), importOnly.channels());
        UnsupportedOperationException refused = assertThrows(UnsupportedOperationException.class,
                () -> importOnly.pull(null));
        assertEquals("Feeds does not pull from an API", refused.getMessage());
        assertTrue(!importOnly.canImport(Path.of("x.rss")), "nothing is imported unless the connector says so");
    }
}

/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Interaction;
import org.parley.model.journey.JourneyMap;
import org.parley.store.CustomerRow;
import org.parley.store.Store;
import org.parley.store.StoreException;
import org.parley.store.StoreInfo;
import org.parley.store.StoreSettings;

/** A workspace made by an older Parley opens in this one and keeps its data. */
class MigrationTest {

    @TempDir
    Path workspace;

    @Test
    void aSchemaOneWorkspaceIsMigratedAndKeepsItsCustomersAndMessages() throws SQLException {
        StoreSettings settings = StoreSettings.embedded(workspace);
        try (Connection connection = Connections.open(settings)) {
            new Migrator(Dialect.DERBY).migrateTo(connection, 1);
            try (Statement sql = connection.createStatement()) {
                // rows as the first Parley schema stored them
                sql.executeUpdate("INSERT INTO CUSTOMER (ID, OPT_LOCK, DISPLAY_NAME, CREATED_AT) "
                        + "VALUES (1, 1, 'Grace Hopper', TIMESTAMP('2026-10-01 08:00:00'))");
                sql.executeUpdate(
                        "INSERT INTO CUSTOMER_IDENTITY (ID, OPT_LOCK, CHANNEL, HANDLE, VERIFIED, CUSTOMER_ID) "
                                + "VALUES (2, 1, 'email', 'grace@example.org', FALSE, 1)");
                sql.executeUpdate("INSERT INTO INTERACTION (ID, OPT_LOCK, CHANNEL, EXTERNAL_ID, DIRECTION, AUTHOR_ID, "
                        + "OCCURRED_AT, BODY, PREVIEW) VALUES (3, 1, 'email', '<m1@example.org>', 'INBOUND', 2, "
                        + "TIMESTAMP('2026-10-02 09:00:00'), 'Where is my invoice?', 'Where is my invoice?')");
                sql.executeUpdate("UPDATE ID_SEQUENCE SET SEQ_COUNT = 100");
            }
            assertEquals(1, Migrator.version(connection));
        }
        Connections.shutdownEmbedded(settings);

        try (Store store = new JpaStoreFactory().open(settings)) {
            StoreInfo info = store.info();
            assertEquals(Migrator.CURRENT_VERSION, info.schemaVersion());
            assertEquals(1L, info.counts().get("customers"));
            assertEquals(1L, info.counts().get("interactions"));
            CustomerRow grace = store.customers().rows(10).get(0);
            assertEquals("Grace Hopper", grace.displayName());
            assertEquals(List.of("email"), grace.channels());
            assertEquals(1, grace.interactions());
            assertTrue(store.customers().find(grace.id()).orElseThrow().getTags().isEmpty(),
                    "the column added by schema 2 starts empty");
            Interaction invoice = store.interactions().find("email", "<m1@example.org>").orElseThrow();
            assertEquals("Where is my invoice?", invoice.getText());
            assertEquals(List.of(), invoice.getTags(), "the columns added by schema 3 start empty");
            invoice.setTags(List.of("Billing", " invoice ", "billing"));
            invoice.setReach(12);
            store.interactions().save(invoice);
            Interaction tagged = store.interactions().find("email", "<m1@example.org>").orElseThrow();
            assertEquals(List.of("billing", "invoice"), tagged.getTags());
            assertEquals(12, tagged.getReach());
            store.journeys().save(JourneyMap.named("Invoice questions"));
            assertEquals(1, store.journeys().count(), "the tables added by schema 2 are usable");
        }
    }

    @Test
    void aWorkspaceFromANewerParleyIsRefusedWithAClearMessage() throws SQLException {
        StoreSettings settings = StoreSettings.embedded(workspace);
        try (Connection connection = Connections.open(settings)) {
            new Migrator(Dialect.DERBY).migrate(connection);
            try (Statement sql = connection.createStatement()) {
                sql.executeUpdate("INSERT INTO PARLEY_SCHEMA (VERSION, SCRIPT, APPLIED_AT) "
                        + "VALUES (99, 'V99__future.sql', CURRENT_TIMESTAMP)");
            }
        }
        Connections.shutdownEmbedded(settings);
        StoreException refused = assertThrows(StoreException.class, () -> new JpaStoreFactory().open(settings));
        assertTrue(refused.getMessage().contains("newer than this Parley"), refused.getMessage());
    }

    @Test
    void migrationScriptsSplitIntoStatementsAndSkipComments() {
        assertEquals(List.of("CREATE TABLE A (X INT)", "INSERT INTO A VALUES (1)"),
                Migrator.statements("-- a comment\nCREATE TABLE A (X INT);\n\nINSERT INTO A VALUES (1);\n"));
    }
}

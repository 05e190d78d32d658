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

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Canvas;
import org.parley.model.CanvasItem;
import org.parley.model.CanvasLayer;
import org.parley.model.Conversation;
import org.parley.model.Customer;
import org.parley.model.Direction;
import org.parley.model.Identity;
import org.parley.model.Interaction;
import org.parley.model.InteractionType;
import org.parley.model.OwningFunction;
import org.parley.model.journey.JourneyBuilder;
import org.parley.model.journey.JourneyMap;
import org.parley.model.journey.JourneyStep;
import org.parley.model.journey.LaneKind;
import org.parley.model.journey.PersonaProfile;
import org.parley.store.InteractionRow;
import org.parley.store.Store;
import org.parley.store.StoreException;
import org.parley.store.StoreSettings;

/** What a planner or an agent stores is there, whole, after Parley is closed and opened again. */
class StoreRoundTripTest {

    private static final Instant MONDAY = Instant.parse("2026-11-16T09:30:00Z");

    @TempDir
    Path workspace;

    @Test
    void aCustomerSeenOnTwoChannelsAndTheirComplaintSurviveARestart() {
        try (Store store = new JpaStoreFactory().open(StoreSettings.embedded(workspace))) {
            Customer ada = new Customer("Ada Lovelace", MONDAY);
            Identity mail = new Identity("email", "ada@example.org");
            Identity tweet = new Identity("x", "@ada");
            tweet.setFollowers(52_000);
            tweet.setVerified(true);
            ada.addIdentity(mail);
            ada.addIdentity(tweet);
            Conversation thread = new Conversation("x", "1890", MONDAY);
            Interaction complaint = new Interaction("x", "1890", Direction.INBOUND, MONDAY);
            complaint.setAuthor(tweet);
            complaint.setConversation(thread);
            complaint.setText("My order   #4411 arrived broken \u2014 again! \uD83D\uDE20\nWho do I talk to?");
            complaint.setRawPayload("{\"id\":\"1890\"}".getBytes(StandardCharsets.UTF_8));
            store.saveAll(List.of(ada, thread, complaint));
        }

        try (Store reopened = new JpaStoreFactory().open(StoreSettings.embedded(workspace))) {
            Customer ada = reopened.customers().find(reopened.customers().rows(10).get(0).id()).orElseThrow();
            assertEquals(List.of("email", "x"), ada.getIdentities().stream().map(Identity::getChannel).toList());
            Identity tweet = reopened.customers().findIdentity("x", "@ada").orElseThrow();
            assertEquals(52_000, tweet.getFollowers());
            assertTrue(tweet.isVerified());

            Interaction complaint = reopened.interactions().find("x", "1890").orElseThrow();
            assertEquals("My order   #4411 arrived broken \u2014 again! \uD83D\uDE20\nWho do I talk to?",
                    complaint.getText());
            assertArrayEquals("{\"id\":\"1890\"}".getBytes(StandardCharsets.UTF_8), complaint.getRawPayload());
            assertEquals(MONDAY, complaint.getOccurredAt());

            InteractionRow row = reopened.interactions().rows(10).get(0);
            assertEquals("My order #4411 arrived broken \u2014 again! \uD83D\uDE20 Who do I talk to?", row.preview());
            assertEquals("@ada", row.author());
            assertEquals(MONDAY, row.occurredAt(), "the same instant in lists as in the entity, in any time zone");
            assertEquals(1, reopened.customers().rows(10).get(0).interactions());
        }
        assertTrue(Files.isDirectory(workspace.resolve(StoreSettings.EMBEDDED_FOLDER)),
                "the database lives inside the workspace folder");
    }

    @Test
    void aJourneyKeepsTheOrderOfItsStagesStepsAndTouchpoints() {
        String stepId;
        JourneyBuilder builder = new JourneyBuilder("Broken delivery")
                .persona(new PersonaProfile("persona-sam", "Switching Sam", null, null, null, null,
                        List.of("x", "email")))
                .stage("Notice").step("Opens a damaged parcel", -5, OwningFunction.SERVICE, null)
                .touchpoint("Tweets a photo", InteractionType.C2C_OFF_SITE, List.of("x"), List.of())
                .touchpoint("Brand replies in public", InteractionType.B2C_PUBLIC, List.of("x"), List.of())
                .stage("Resolve").step("Gets a replacement", 0, null, null);
        try (Store store = new JpaStoreFactory().open(StoreSettings.embedded(workspace))) {
            JourneyMap saved = store.journeys().save(builder.build());
            stepId = saved.steps().get(0).id();
        }
        try (Store reopened = new JpaStoreFactory().open(StoreSettings.embedded(workspace))) {
            JourneyMap journey = reopened.journeys().load(reopened.journeys().list().get(0).databaseId())
                    .orElseThrow();
            assertEquals("Switching Sam", journey.personas().get(0).name());
            assertEquals(List.of("x", "email"), journey.personas().get(0).preferredChannels());
            assertEquals(List.of("Notice", "Resolve"), journey.stages().stream().map(s -> s.name()).toList());
            JourneyStep notice = journey.steps().get(0);
            assertEquals(stepId, notice.id(), "step ids are stable, for links from the canvas");
            assertEquals(-2, notice.emotion(), "emotion is kept within -2..+2");
            assertEquals(List.of("Tweets a photo", "Brand replies in public"),
                    notice.cards(LaneKind.TOUCHPOINTS).stream().map(t -> t.text()).toList());
            assertEquals(List.of("x"), notice.cards(LaneKind.TOUCHPOINTS).get(0).channels());
            assertEquals(2, reopened.journeys().list().get(0).steps());
            assertEquals(1, reopened.info().counts().get("personas"));
        }
    }

    @Test
    void aCanvasTracesBusinessToOperationalToTechnicalRequirements() {
        try (Store store = new JpaStoreFactory().open(StoreSettings.embedded(workspace))) {
            Canvas canvas = new Canvas("Social care workshop");
            CanvasItem what = canvas.addItem(CanvasLayer.BUSINESS, "Answer complaints on X within 1 hour");
            CanvasItem who = canvas.addItem(CanvasLayer.OPERATIONAL, "Social care team triages the inbox");
            CanvasItem how = canvas.addItem(CanvasLayer.TECHNICAL, "X mentions flow into the CRM");
            canvas.link(what, who);
            canvas.link(who, how);
            store.saveAll(List.of(canvas));
        }
        try (Store reopened = new JpaStoreFactory().open(StoreSettings.embedded(workspace))) {
            Canvas canvas = reopened.canvases().load(reopened.canvases().list().get(0).getId()).orElseThrow();
            assertEquals(3, canvas.getItems().size());
            assertEquals(2, canvas.getLinks().size());
            assertEquals(CanvasLayer.TECHNICAL, canvas.getLinks().stream()
                    .filter(l -> l.getSource().getLayer() == CanvasLayer.OPERATIONAL).findFirst().orElseThrow()
                    .getTarget().getLayer());
        }
    }

    @Test
    void theSameMessageCannotBeStoredTwiceAndAFailedBatchLeavesNothingBehind() {
        try (Store store = new JpaStoreFactory().open(StoreSettings.embedded(workspace))) {
            store.saveAll(List.of(new Interaction("email", "<a@example.org>", Direction.INBOUND, MONDAY)));
            Customer bob = new Customer("Bob", MONDAY);
            Interaction again = new Interaction("email", "<a@example.org>", Direction.INBOUND, MONDAY);
            assertThrows(StoreException.class, () -> store.saveAll(List.of(bob, again)));
            assertEquals(1, store.interactions().count());
            assertEquals(0, store.customers().count(), "the customer of the failed batch was rolled back");
        }
    }

    @Test
    void workspaceSettingsArePersistedInTheDatabase() {
        try (Store store = new JpaStoreFactory().open(StoreSettings.embedded(workspace))) {
            assertTrue(store.meta("demo.seeded").isEmpty());
            store.putMeta("demo.seeded", "2026-11-23");
            store.putMeta("demo.seeded", "2026-11-24");
        }
        try (Store reopened = new JpaStoreFactory().open(StoreSettings.embedded(workspace))) {
            assertEquals("2026-11-24", reopened.meta("demo.seeded").orElseThrow());
        }
    }

    @Test
    void jdbcWorkIsOneTransactionAndRepositoriesSeeWhatItWrote() {
        try (Store store = new JpaStoreFactory().open(StoreSettings.embedded(workspace))) {
            store.putMeta("k", "before");
            assertEquals("before", store.meta("k").orElseThrow());
            assertThrows(StoreException.class, () -> store.jdbc(connection -> {
                try (var update = connection
                        .prepareStatement("UPDATE PARLEY_META SET META_VALUE = 'half' WHERE META_KEY = 'k'")) {
                    update.executeUpdate();
                }
                throw new java.sql.SQLException("disk full");
            }));
            assertEquals("before", store.meta("k").orElseThrow(), "the failed work was rolled back");
            int updated = store.jdbc(connection -> {
                try (var update = connection
                        .prepareStatement("UPDATE PARLEY_META SET META_VALUE = 'after' WHERE META_KEY = 'k'")) {
                    return update.executeUpdate();
                }
            });
            assertEquals(1, updated);
            String read = store.query(connection -> {
                try (var select = connection.createStatement();
                        var rs = select.executeQuery("SELECT META_VALUE FROM PARLEY_META WHERE META_KEY = 'k'")) {
                    rs.next();
                    return rs.getString(1);
                }
            });
            assertEquals("after", read);
            assertEquals("after", store.meta("k").orElseThrow());
        }
    }
}

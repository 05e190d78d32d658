/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.routing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Conversation;
import org.parley.model.Customer;
import org.parley.model.Direction;
import org.parley.model.Identity;
import org.parley.model.Interaction;
import org.parley.routing.Assignment;
import org.parley.routing.PreviewMatch;
import org.parley.routing.QueueEntry;
import org.parley.routing.Priority;
import org.parley.routing.RouteReport;
import org.parley.routing.RoutingConfig;
import org.parley.routing.RoutingJson;
import org.parley.routing.RoutingService;
import org.parley.routing.RoutingVersion;
import org.parley.routing.Target;
import org.parley.store.Store;
import org.parley.store.StoreFactory;
import org.parley.store.StoreSettings;

/**
 * Routing a real workspace: rules and policies are versioned in Derby, conversations get queues and
 * due times.
 */
class RoutingStoreTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Instant FRIDAY_EVENING = LocalDateTime.parse("2026-11-20T17:30").atZone(LONDON).toInstant();

    @TempDir
    Path workspace;

    private Store store;
    private final RoutingService routing = new DefaultRoutingService(new WordLabeler());
    private final List<Object> entities = new ArrayList<>();

    @BeforeEach
    void open() {
        store = Services.get(StoreFactory.class).open(StoreSettings.embedded(workspace));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aComplaintTweetFromAnAuthorWithFiftyThousandFollowersIsRoutedToSocialCareWithinTheSla() {
        Conversation tweet = conversation("x", "@loud", 50_000, null);
        message(tweet, Direction.INBOUND, FRIDAY_EVENING, "@brand my router is broken AGAIN");
        Conversation mail = conversation("email", "ada@example.org", 0, "vip");
        message(mail, Direction.INBOUND, FRIDAY_EVENING, "Could you call me back when you can");
        store.saveAll(entities);

        RouteReport report = routing.route(store, Instant.now(), () -> false);

        assertEquals(Map.of("Social care", 1, "Priority care", 1), report.queues());
        assertEquals(2, report.routed());
        Assignment loud = routing.assignment(store, tweet.getId()).orElseThrow();
        assertEquals(Target.team("Social care", Priority.HIGH), loud.target());
        assertEquals("influential-complaint", loud.ruleId());
        assertEquals(LocalDateTime.parse("2026-11-20T18:30").atZone(LONDON).toInstant(), loud.dueAt(),
                "Social care works until 20:00 every day, one hour for high priority");
        assertTrue(loud.reason().contains("influence 94 in 60.."), loud.reason());
        Assignment vip = routing.assignment(store, mail.getId()).orElseThrow();
        assertEquals("Priority care", vip.target().queue());
        assertEquals(LocalDateTime.parse("2026-11-23T12:30").atZone(LONDON).toInstant(), vip.dueAt(),
                "Standard hours 9-18 Monday to Friday: four business hours after Friday 17:30 is Monday 12:30");
        assertEquals(1, vip.configVersion());
    }

    @Test
    void theWorkbenchRoutingJobPutsNewConversationsIntoTheirQueues() throws InterruptedException {
        Conversation tweet = conversation("x", "@loud", 50_000, null);
        message(tweet, Direction.INBOUND, FRIDAY_EVENING, "@brand my router is broken AGAIN");
        store.saveAll(entities);

        Job job = WorkbenchRouting.routeJob(routing, store, null);
        job.schedule();
        job.join();

        assertEquals("Routed 1 conversations", job.getResult().getMessage());
        assertEquals("Social care", routing.assignment(store, tweet.getId()).orElseThrow().target().queue());
    }

    @Test
    void withTheRealAnalyticsAnAngryPublicComplaintGoesToSocialCareAndAPraiseToCommunity() {
        Conversation angry = conversation("x", "@angry", 50_000, null);
        message(angry, Direction.INBOUND, FRIDAY_EVENING, "@brand my router is broken AGAIN. Worst service ever!!");
        Conversation happy = conversation("email", "fan@example.org", 0, null);
        message(happy, Direction.INBOUND, FRIDAY_EVENING, "Thank you so much, the engineer was brilliant. Great job!");
        store.saveAll(entities);

        RoutingService service = Services.get(RoutingService.class);
        RouteReport report = service.route(store, Instant.now(), () -> false);

        assertEquals(2, report.routed());
        Assignment complaint = service.assignment(store, angry.getId()).orElseThrow();
        assertEquals(Target.team("Social care", Priority.HIGH), complaint.target(), complaint.reason());
        assertTrue(complaint.reason().contains("complaint") || complaint.reason().contains("negative"),
                complaint.reason());
        Assignment praise = service.assignment(store, happy.getId()).orElseThrow();
        assertEquals("Community", praise.target().queue(), praise.reason());
    }

    @Test
    void withTheDefaultRulesANegativeForumPostOrReviewGoesToSocialCare() {
        Conversation forum = conversation("forum", "anna_1984", 0, null);
        message(forum, Direction.INBOUND, FRIDAY_EVENING, "Hub broken again, worst provider around here");
        Conversation review = conversation("review", "reviews.example/Bo K", 0, null);
        message(review, Direction.INBOUND, FRIDAY_EVENING, "1/5. Worst service, router arrived broken");
        store.saveAll(entities);

        assertEquals(Map.of("Social care", 2), routing.route(store, Instant.now(), () -> false).queues());
        for (Conversation post : List.of(forum, review)) {
            Assignment assignment = routing.assignment(store, post.getId()).orElseThrow();
            assertEquals("public-negative", assignment.ruleId(), assignment.reason());
            assertEquals(Target.team("Social care", Priority.HIGH), assignment.target());
            assertTrue(assignment.reason().contains("channel " + post.getChannel() + " one of [x, facebook, forum, "
                    + "review]"), assignment.reason());
        }
    }

    @Test
    void theQueueShowsTheNextReplyDueFirstAndABrandReplyAfterRoutingStopsTheClock() {
        Conversation tweet = conversation("x", "@loud", 50_000, null);
        message(tweet, Direction.INBOUND, FRIDAY_EVENING, "@brand my router is broken AGAIN");
        Conversation mail = conversation("email", "ada@example.org", 0, "vip");
        message(mail, Direction.INBOUND, FRIDAY_EVENING, "Could you call me back when you can");
        Conversation answered = conversation("email", "bob@example.org", 0, null);
        message(answered, Direction.INBOUND, FRIDAY_EVENING.minusSeconds(7200), "Is my order broken?");
        message(answered, Direction.OUTBOUND, FRIDAY_EVENING.minusSeconds(3600), "We are on it");
        store.saveAll(entities);
        routing.route(store, Instant.now(), () -> false);

        Instant saturday = LocalDateTime.parse("2026-11-21T10:00").atZone(LONDON).toInstant();
        List<QueueEntry> all = routing.queue(store, null, saturday);
        assertEquals(List.of(tweet.getId(), mail.getId(), answered.getId()),
                all.stream().map(QueueEntry::conversationId).toList(), "soonest due first, nothing due last");
        QueueEntry loud = all.get(0);
        assertEquals(LocalDateTime.parse("2026-11-20T18:30").atZone(LONDON).toInstant(), loud.dueAt());
        assertTrue(loud.overdue(), "due Friday 18:30, it is Saturday 10:00");
        assertEquals("Social care", loud.target().queue());
        assertEquals("@loud", loud.customer());
        assertEquals("@brand my router is broken AGAIN", loud.snippet());
        assertEquals("influential-complaint", loud.ruleId());
        assertEquals(1, loud.configVersion());
        assertEquals(FRIDAY_EVENING, loud.waitingSince());
        QueueEntry vip = all.get(1);
        assertEquals(LocalDateTime.parse("2026-11-23T12:30").atZone(LONDON).toInstant(), vip.dueAt());
        assertFalse(vip.overdue());
        assertNull(all.get(2).dueAt(), "the brand spoke last");
        assertFalse(all.get(2).overdue());
        assertEquals(List.of(mail.getId()), routing.queue(store, "Priority care", saturday).stream()
                .map(QueueEntry::conversationId).toList());

        entities.clear();
        message(tweet, Direction.OUTBOUND, saturday.minusSeconds(600), "Sorry about this, please DM us");
        message(answered, Direction.INBOUND, saturday.minusSeconds(300), "Any news on my order?");
        store.saveAll(entities);
        List<QueueEntry> later = routing.queue(store, null, saturday);
        QueueEntry repliedTo = later.stream().filter(e -> e.conversationId() == tweet.getId()).findFirst()
                .orElseThrow();
        assertNull(repliedTo.dueAt(), "the brand answered after routing");
        assertFalse(repliedTo.overdue());
        assertEquals(List.of(mail.getId(), answered.getId(), tweet.getId()),
                later.stream().map(QueueEntry::conversationId).toList());
        QueueEntry followUp = later.get(1);
        assertEquals("Any news on my order?", followUp.snippet());
        assertEquals(LocalDateTime.parse("2026-11-23T17:00").atZone(LONDON).toInstant(), followUp.dueAt(),
                "standard hours, next reply for its priority counted from Monday 09:00");
    }

    @Test
    void routingTwiceRoutesNothingNewAndANewVersionRoutesOnlyNewConversations() {
        message(conversation("x", "@a", 10, null), Direction.INBOUND, FRIDAY_EVENING, "thanks, great service");
        store.saveAll(entities);
        assertEquals(Map.of("Community", 1), routing.route(store, Instant.now(), () -> false).queues());
        assertEquals(0, routing.route(store, Instant.now(), () -> false).conversations());

        RoutingConfig everythingToTriage = RoutingJson.read("""
                {"rules": [{"id": "all", "target": {"person": "Triage Tom"}}]}""");
        RoutingVersion second = routing.save(store, everythingToTriage, "one queue for the holidays");
        entities.clear();
        Conversation later = conversation("x", "@b", 10, null);
        message(later, Direction.INBOUND, FRIDAY_EVENING, "hello");
        store.saveAll(entities);
        RouteReport report = routing.route(store, Instant.now(), () -> false);
        assertEquals(Map.of("Triage Tom", 1), report.queues());
        assertEquals(2, report.configVersion());
        Assignment tom = routing.assignment(store, later.getId()).orElseThrow();
        assertEquals(Target.Kind.PERSON, tom.target().kind());
        assertEquals(2, tom.configVersion());
        assertNull(tom.dueAt(), "the new version has no SLA policy, so nothing is due");
        assertEquals(second.config(), routing.current(store).config());
        assertEquals(2, routing.current(store).version());
    }

    @Test
    void theClockStartsAtTheCustomersFirstUnansweredMessage() {
        Conversation answered = conversation("email", "bob@example.org", 0, null);
        message(answered, Direction.INBOUND, FRIDAY_EVENING.minusSeconds(7200), "Is my order broken?");
        message(answered, Direction.OUTBOUND, FRIDAY_EVENING.minusSeconds(3600), "We are on it");
        Conversation followUp = conversation("email", "cy@example.org", 0, null);
        message(followUp, Direction.INBOUND, FRIDAY_EVENING.minusSeconds(7200), "Is my order broken?");
        message(followUp, Direction.OUTBOUND, FRIDAY_EVENING.minusSeconds(3600), "We are on it");
        message(followUp, Direction.INBOUND, FRIDAY_EVENING, "Any news?");
        store.saveAll(entities);
        routing.route(store, Instant.now(), () -> false);

        assertNull(routing.assignment(store, answered.getId()).orElseThrow().dueAt(), "the brand spoke last");
        Assignment next = routing.assignment(store, followUp.getId()).orElseThrow();
        assertEquals("complaint", next.ruleId(), "the earlier complaint decides the queue");
        assertEquals(LocalDateTime.parse("2026-11-23T16:30").atZone(LONDON).toInstant(), next.dueAt(),
                "next reply for normal priority: 8 business hours after Friday 17:30");
    }

    @Test
    void everySaveIsANewVersionAndOlderVersionsStayReadable() {
        RoutingVersion first = routing.current(store);
        assertEquals(1, first.version());
        assertEquals(routing.defaults(), first.config());
        RoutingConfig fewer = new RoutingConfig(first.config().rules().subList(0, 3), first.config().policies());
        routing.save(store, fewer, "only the urgent rules");
        routing.save(store, first.config(), "back to the defaults");

        assertEquals(List.of(3, 2, 1), routing.versions(store).stream().map(RoutingVersion::version).toList());
        assertEquals("only the urgent rules", routing.version(store, 2).orElseThrow().note());
        assertEquals(3, routing.version(store, 2).orElseThrow().config().rules().size());
        assertEquals(first.config(), routing.current(store).config());
    }

    @Test
    void thePreviewListsTheStoredCustomerMessagesARuleMatchesNewestFirst() {
        Conversation thread = conversation("x", "@c", 10, null);
        message(thread, Direction.INBOUND, FRIDAY_EVENING, "screen broken on arrival");
        message(thread, Direction.OUTBOUND, FRIDAY_EVENING.plusSeconds(60), "sorry your screen is broken");
        message(thread, Direction.INBOUND, FRIDAY_EVENING.plusSeconds(120), "still broken, worst service");
        message(conversation("email", "d@example.org", 0, null), Direction.INBOUND, FRIDAY_EVENING, "all fine");
        store.saveAll(entities);

        List<PreviewMatch> matches = routing.preview(store, RoutingJson.readRule("""
                {"id": "broken-screens", "when": {"keywords": {"any": ["broken"]}, "types": ["complaint"]},
                 "target": {"team": "Repairs"}}"""), 1000, 10, () -> false);

        assertEquals(List.of("still broken, worst service", "screen broken on arrival"),
                matches.stream().map(PreviewMatch::preview).toList(), "the brand's own reply is not listed");
        assertEquals("rule 'broken-screens' matched: type [complaint] one of [complaint]; text has ['broken']",
                matches.get(0).check().explanation());
    }

    private Conversation conversation(String channel, String handle, int followers, String tag) {
        Customer customer = new Customer(handle, FRIDAY_EVENING);
        if (tag != null) {
            customer.setTags(List.of(tag));
        }
        Identity identity = new Identity(channel, handle);
        identity.setFollowers(followers);
        customer.addIdentity(identity);
        Conversation conversation = new Conversation(channel, "thread-" + handle, FRIDAY_EVENING);
        conversation.setCustomer(customer);
        entities.add(customer);
        entities.add(conversation);
        return conversation;
    }

    private void message(Conversation conversation, Direction direction, Instant at, String text) {
        Interaction message = new Interaction(conversation.getChannel(), conversation.getThreadKey() + "-"
                + entities.size(), direction, at);
        if (direction == Direction.INBOUND) {
            Customer customer = conversation.getCustomer();
            message.setAuthor(customer.getIdentities().get(0));
        }
        message.setConversation(conversation);
        message.setText(text);
        entities.add(message);
    }
}

/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.routing.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.demo.DemoWorkspace;
import org.parley.routing.QueueEntry;
import org.parley.analytics.Topic;
import org.parley.analytics.TopicService;
import org.parley.analytics.TopicVersion;
import org.parley.routing.RoutingRule;
import org.parley.routing.RoutingService;
import org.parley.routing.RoutingVersion;
import org.parley.store.Store;
import org.parley.store.StoreFactory;
import org.parley.store.StoreSettings;
import org.parley.testing.Services;
import org.parley.testing.swt.SwtHarness;

/** The Routing part in a real window on a real demo workspace. */
class RoutingPartTest {

    @TempDir
    Path workspace;

    private final SwtHarness swt = new SwtHarness();
    private Store store;
    private Shell shell;
    private RoutingPart part;
    private final RoutingService routing = Services.get(RoutingService.class);
    private final TopicService topicService = Services.get(TopicService.class);

    @BeforeEach
    void open() {
        store = Services.get(StoreFactory.class).open(StoreSettings.embedded(workspace));
        Services.get(DemoWorkspace.class).seed(store, Instant.now());
        shell = new Shell(swt.display);
        shell.setLayout(new FillLayout());
        shell.setSize(1400, 900);
        part = new RoutingPart(routing, topicService, store, swt.sync);
        part.createControls(shell);
        shell.open();
        swt.waitFor("the default rules", () -> part.rules.table.getItemCount() > 0);
        swt.waitFor("the topics", () -> part.topics.list.table.getItemCount() > 0);
    }

    @AfterEach
    void close() {
        // the part loads its queues in a job when it opens and after routing; let it end before the store closes
        swt.waitFor("the queues loaded", () -> !part.queues.summary.getText().startsWith("Loading"));
        shell.dispose();
        store.close();
    }

    @Test
    void aNewWorkspaceShowsTheDefaultRulesAndPolicies() {
        assertEquals("Version 1 (current)", part.version.getText());
        assertEquals(10, part.rules.table.getItemCount());
        assertEquals("Safety, legal or churn threats go to Escalations", part.rules.table.getItem(0).getText(1));
        assertEquals("Escalations", part.rules.form.queue.getText(), "the first rule is in the form");
        assertEquals(3, part.policies.table.getItemCount());
        assertEquals("(default)", part.policies.table.getItem(0).getText(1));
    }

    @Test
    void anAgentAddsARuleForPhoneCallsTestsItAndSavesANewVersion() {
        part.rules.add();
        assertEquals(11, part.rules.table.getItemCount(), "Add puts a new rule at the end");
        RuleForm form = part.rules.form;
        form.id.setText("phone-calls");
        form.name.setText("Calls go to the call centre");
        form.channels.setText("phone");
        form.queue.setText("Call centre");
        form.priority.select(1);
        part.rules.test();
        swt.waitFor("the preview", () -> part.rules.previewSummary.getText().startsWith(part.rules.preview
                .getItemCount() + " matching"));
        assertTrue(part.rules.preview.getItemCount() > 0, part.rules.previewSummary.getText());
        for (TableItem row : part.rules.preview.getItems()) {
            assertEquals("phone", row.getText(1));
            assertEquals("channel phone one of [phone]", row.getText(3));
        }

        assertTrue(part.rules.apply(), part.rules.problem.getText());
        assertEquals(11, part.rules.table.getItemCount());
        part.note.setText("phone calls to the call centre");
        part.save();
        swt.waitFor("version 2", () -> part.version.getText().equals("Version 2 (current)"));

        RoutingVersion saved = routing.current(store);
        assertEquals(2, saved.version());
        assertEquals("phone calls to the call centre", saved.note());
        RoutingRule added = saved.config().rule("phone-calls").orElseThrow();
        assertEquals(List.of("phone"), added.when().channels());
        assertEquals("high", added.target().priority().id());
        assertEquals(2, routing.versions(store).size(), "version 1 is kept");
    }

    @Test
    void anAgentAddsADeliveryTopicWithKeywordsAndPhrasesAndSavesItAsANewTopicsVersion() {
        TopicsTab topics = part.topics;
        assertEquals("Topics version 1 (current)", topics.version.getText());
        assertEquals(8, topics.list.table.getItemCount(), "the shipped topics");
        assertEquals("outage", topics.list.table.getItem(0).getText(0));
        assertTrue(topics.list.table.getItem(0).getText(3).contains("no internet"), "phrases are shown");

        topics.list.add();
        topics.list.id.setText("Delivery");
        topics.list.keywords.setText("parcel, courier");
        assertFalse(topics.list.apply(), "an id is a lower-case word");
        assertTrue(topics.list.problem.getText().contains("lower-case"), topics.list.problem.getText());
        topics.list.id.setText("delivery");
        topics.list.label.setText("Deliveries");
        topics.list.phrases.setText("never arrived, still waiting for");
        assertTrue(topics.list.apply(), topics.list.problem.getText());
        topics.note.setText("we ship hubs by courier now");
        topics.save();
        swt.waitFor("topics version 2", () -> topics.version.getText().equals("Topics version 2 (current)"));

        TopicVersion saved = topicService.current(store);
        assertEquals("we ship hubs by courier now", saved.note());
        Topic delivery = saved.topics().topic("delivery").orElseThrow();
        assertEquals(List.of("parcel", "courier"), delivery.keywords());
        assertEquals(List.of("never arrived", "still waiting for"), delivery.phrases());
        assertEquals(1, routing.versions(store).size(), "the rules are versioned apart");
    }

    @Test
    void routeNowPutsTheDemoConversationsIntoQueues() {
        part.routeNow();
        swt.waitFor("the routing", () -> part.status.getText().startsWith("Routed "));
        assertTrue(part.status.getText().matches("Routed (\\d+) of \\1 conversations with version 1, .*"),
                part.status.getText());
        assertTrue(part.status.getText().contains("Priority care"), part.status.getText());
    }

    @Test
    void theQueuesTabShowsDueTimesAfterRoutingWithOverdueRowsMarked() {
        part.routeNow();
        swt.waitFor("the queues after routing", () -> part.queues.table.getItemCount() > 0);
        int rows = part.queues.table.getItemCount();
        assertTrue(part.queues.summary.getText().startsWith(rows + " conversations"), part.queues.summary.getText());
        boolean sawOverdue = false;
        for (TableItem row : part.queues.table.getItems()) {
            QueueEntry entry = (QueueEntry) row.getData();
            if (entry.overdue()) {
                sawOverdue = true;
                assertTrue(row.getText(0).endsWith("OVERDUE"), row.getText(0));
                assertEquals(swt.display.getSystemColor(SWT.COLOR_DARK_RED), row.getForeground());
            }
        }
        assertTrue(sawOverdue, "the demo has late replies");
        part.queues.overdueOnly.setSelection(true);
        part.queues.overdueOnly.notifyListeners(SWT.Selection, new Event());
        assertTrue(part.queues.table.getItemCount() < rows);
        for (TableItem row : part.queues.table.getItems()) {
            assertTrue(((QueueEntry) row.getData()).overdue());
        }
        assertTrue(part.queues.queue.getItemCount() > 2, "All queues, then each queue by name");
        String chosen = part.queues.queue.getItem(1);
        part.queues.overdueOnly.setSelection(false);
        part.queues.queue.select(1);
        part.queues.queue.notifyListeners(SWT.Selection, new Event());
        assertTrue(part.queues.table.getItemCount() > 0, chosen);
        for (TableItem row : part.queues.table.getItems()) {
            assertEquals(chosen, row.getText(1));
        }
    }

    @Test
    void aWrongValueIsNamedAndNothingChanges() {
        part.rules.form.influenceMin.setText("lots");
        assertEquals(false, part.rules.apply());
        assertEquals("influence minimum must be a number, got 'lots'", part.rules.problem.getText());
        assertEquals(10, part.rules.table.getItemCount());
    }
}

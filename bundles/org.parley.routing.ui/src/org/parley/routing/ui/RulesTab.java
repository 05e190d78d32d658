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

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.parley.routing.Conditions;
import org.parley.routing.PreviewMatch;
import org.parley.routing.Priority;
import org.parley.routing.RoutingRule;
import org.parley.routing.Target;
import org.parley.ui.Tables;

/**
 * The routing rules in evaluation order, the selected rule's form and a preview of what it matches.
 */
final class RulesTab extends ListTab<RoutingRule> {

    RuleForm form;
    Label previewSummary;
    Table preview;
    private Consumer<RoutingRule> tester;

    RulesTab(Composite parent, Runnable changed) {
        super(parent, changed, "#:30", "Rule:150", "When:230", "Queue:120", "Priority:65");
    }

    void onTest(Consumer<RoutingRule> newTester) {
        this.tester = newTester;
    }

    @Override
    void createForm(Composite parent) {
        form = new RuleForm(parent);
    }

    @Override
    void extraActions(Composite row) {
        button(row, "Test this rule", this::test);
    }

    @Override
    void createBelowForm(Composite parent) {
        previewSummary = new Label(parent, SWT.NONE);
        previewSummary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        preview = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION);
        preview.setHeaderVisible(true);
        preview.setLinesVisible(true);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.heightHint = 160;
        preview.setLayoutData(data);
        Tables.columns(preview, "Time:120", "Channel:70", "Message:330", "Why:400");
    }

    /** Tries the rule in the form (applied or not) on stored messages. */
    void test() {
        try {
            RoutingRule rule = form.read();
            problem.setText("");
            previewSummary.setText("Testing rule '" + rule.id() + "' on the stored messages\u2026");
            preview.removeAll();
            if (tester != null) {
                tester.accept(rule);
            }
        } catch (RuntimeException e) {
            problem.setText(e.getMessage());
        }
    }

    void showPreview(RoutingRule rule, List<PreviewMatch> matches, int scanned) {
        preview.removeAll();
        for (PreviewMatch match : matches) {
            new TableItem(preview, SWT.NONE).setText(new String[]{Tables.time(match.occurredAt()), match.channel(),
                    match.preview(), String.join("; ", match.check().reasons())});
        }
        previewSummary.setText(matches.size() + " matching messages among the newest " + scanned + " for rule '"
                + rule.id() + "'");
    }

    @Override
    String[] cells(RoutingRule rule) {
        int index = items().indexOf(rule) + 1;
        return new String[]{String.valueOf(index), rule.name() + (rule.enabled() ? "" : " (off)"),
                summary(rule.when()), rule.target().queue(), rule.target().priority().id()};
    }

    static String summary(Conditions when) {
        List<String> parts = new ArrayList<>();
        add(parts, "type", when.types());
        add(parts, "sentiment", when.sentimentLabels());
        if (when.sentiment() != null) {
            parts.add("score " + when.sentiment());
        }
        add(parts, "action", when.actions());
        if (when.influence() != null) {
            parts.add("influence " + when.influence());
        }
        add(parts, "channel", when.channels());
        add(parts, "words", when.anyKeywords());
        add(parts, "all words", when.allKeywords());
        add(parts, "tags", when.customerTags());
        if (when.vip() != null) {
            parts.add(when.vip() ? "VIP" : "not VIP");
        }
        return parts.isEmpty() ? "always" : String.join("; ", parts);
    }

    private static void add(List<String> parts, String what, List<String> values) {
        if (!values.isEmpty()) {
            parts.add(what + " " + String.join("/", values));
        }
    }

    @Override
    void show(RoutingRule rule) {
        form.show(rule);
    }

    @Override
    RoutingRule read() {
        return form.read();
    }

    @Override
    RoutingRule fresh(int number) {
        return new RoutingRule("rule-" + number, "New rule " + number, true, Conditions.ANY,
                Target.team("Customer care", Priority.NORMAL));
    }
}

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

import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.parley.routing.Conditions;
import org.parley.routing.Priority;
import org.parley.routing.Range;
import org.parley.routing.RoutingRule;
import org.parley.routing.Target;

/** The fields of one routing rule: conditions, target and priority. */
final class RuleForm {

    private static final String[] VIP = {"any customer", "VIP only", "not VIP"};

    final Composite control;
    final Text id;
    final Text name;
    final Button enabled;
    final Map<String, Button> types;
    final Map<String, Button> sentimentLabels;
    final Text sentimentMin;
    final Text sentimentMax;
    final Map<String, Button> actions;
    final Text influenceMin;
    final Text influenceMax;
    final Text channels;
    final Text anyKeywords;
    final Text allKeywords;
    final Text customerTags;
    final Text topics;
    final Combo vip;
    final Combo kind;
    final Text queue;
    final Combo priority;

    RuleForm(Composite parent) {
        control = new Composite(parent, SWT.NONE);
        control.setLayout(new GridLayout(2, false));
        id = Form.text(control, "Id", "short name: letters, digits, dashes");
        name = Form.text(control, "Name", "what the rule is for");
        Form.label(control, "");
        enabled = new Button(control, SWT.CHECK);
        enabled.setText("Enabled");
        types = Form.checks(control, "Type is any of", "Question", "Complaint", "Compliment", "Other");
        sentimentLabels = Form.checks(control, "Sentiment is", "Negative", "Neutral", "Positive");
        Text[] max = new Text[1];
        sentimentMin = Form.pair(control, "Sentiment score", max, "min (-1)", "max (+1)");
        sentimentMax = max[0];
        actions = Form.checks(control, "Action is", "None", "Reply", "Urgent");
        influenceMin = Form.pair(control, "Influence", max, "min (0)", "max (100)");
        influenceMax = max[0];
        channels = Form.text(control, "Channels", "e.g. x, facebook, email (empty: any)");
        anyKeywords = Form.text(control, "Any of the words", "refund, money back");
        allKeywords = Form.text(control, "All of the words", "broken, delivery");
        customerTags = Form.text(control, "Customer tags", "any of these tags");
        topics = Form.text(control, "Topics", "about any of these topics (outage, billing, ...)");
        vip = Form.combo(control, "VIP", VIP);
        kind = Form.combo(control, "Route to", "team", "person");
        queue = Form.text(control, "Team or person", "the queue's name");
        priority = Form.combo(control, "Priority", "urgent", "high", "normal", "low");
        show(new RoutingRule("new-rule", "New rule", true, Conditions.ANY, Target.team("Customer care",
                Priority.NORMAL)));
    }

    void show(RoutingRule rule) {
        Conditions when = rule.when();
        id.setText(rule.id());
        name.setText(rule.name());
        enabled.setSelection(rule.enabled());
        Form.set(types, when.types());
        Form.set(sentimentLabels, when.sentimentLabels());
        sentimentMin.setText(when.sentiment() == null ? "" : Form.number(when.sentiment().min()));
        sentimentMax.setText(when.sentiment() == null ? "" : Form.number(when.sentiment().max()));
        Form.set(actions, when.actions());
        influenceMin.setText(when.influence() == null ? "" : Form.number(when.influence().min()));
        influenceMax.setText(when.influence() == null ? "" : Form.number(when.influence().max()));
        channels.setText(Form.words(when.channels()));
        anyKeywords.setText(Form.words(when.anyKeywords()));
        allKeywords.setText(Form.words(when.allKeywords()));
        customerTags.setText(Form.words(when.customerTags()));
        topics.setText(Form.words(when.topics()));
        vip.select(when.vip() == null ? 0 : when.vip() ? 1 : 2);
        kind.select(rule.target().kind() == Target.Kind.TEAM ? 0 : 1);
        queue.setText(rule.target().queue());
        priority.select(rule.target().priority().ordinal());
    }

    /**
     * @throws IllegalArgumentException
     *             saying which field is wrong
     */
    RoutingRule read() {
        Conditions when = new Conditions(Form.checked(types), Form.checked(sentimentLabels),
                range(sentimentMin, sentimentMax, "sentiment score"), Form.checked(actions),
                range(influenceMin, influenceMax, "influence"), lower(Form.words(channels)), Form.words(anyKeywords),
                Form.words(allKeywords), lower(Form.words(customerTags)),
                vip.getSelectionIndex() == 0 ? null : vip.getSelectionIndex() == 1, lower(Form.words(topics)));
        Priority chosen = Priority.values()[priority.getSelectionIndex()];
        Target target = kind.getSelectionIndex() == 0
                ? Target.team(queue.getText(), chosen)
                : Target.person(queue.getText(), chosen);
        return new RoutingRule(id.getText(), name.getText(), enabled.getSelection(), when, target);
    }

    private static Range range(Text min, Text max, String what) {
        Double low = Form.number(min, what + " minimum");
        Double high = Form.number(max, what + " maximum");
        return low == null && high == null ? null : new Range(low, high);
    }

    private static List<String> lower(List<String> words) {
        return words.stream().map(w -> w.toLowerCase(java.util.Locale.ROOT)).toList();
    }
}

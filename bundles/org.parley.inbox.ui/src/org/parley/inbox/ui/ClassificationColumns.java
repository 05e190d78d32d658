/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.inbox.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.TableItem;
import org.parley.analytics.ActionNeeded;
import org.parley.analytics.Aspect;
import org.parley.analytics.Classification;
import org.parley.analytics.Cue;
import org.parley.analytics.MessageType;
import org.parley.analytics.SentimentLabel;

/**
 * The classification columns of the Interactions table: their texts, their colours (red for
 * negative, complaints and urgent; green for positive and compliments; grey for neutral, other and
 * none) and the explanation of a row.
 */
final class ClassificationColumns {

    static final String[] TITLES = {"Type:150", "Sentiment:110", "Action:75", "Influence:70"};
    private static final String[] EMPTY = {"", "", "", ""};

    private Map<Long, Classification> labels = new HashMap<>();

    void set(Map<Long, Classification> loaded) {
        labels = new HashMap<>(loaded);
    }

    void put(long interactionId, Classification c) {
        labels.put(interactionId, c);
    }

    Classification get(long interactionId) {
        return labels.get(interactionId);
    }

    int size() {
        return labels.size();
    }

    String[] cells(long interactionId) {
        Classification c = labels.get(interactionId);
        if (c == null) {
            return EMPTY;
        }
        String types = c.types().stream().map(MessageType::key).sorted().collect(Collectors.joining(", "));
        String sentiment = String.format(Locale.ROOT, "%s %+.2f", c.sentimentLabel().key(), c.sentimentScore());
        return new String[]{types, sentiment, c.action().key(), Integer.toString(c.influence())};
    }

    /** Colours the classification cells of a row, the first of them at column {@code first}. */
    void paint(TableItem item, long interactionId, int first) {
        Classification c = labels.get(interactionId);
        if (c == null) {
            return;
        }
        item.setForeground(first, color(item, c.is(MessageType.COMPLAINT)
                ? SWT.COLOR_DARK_RED
                : c.is(MessageType.COMPLIMENT)
                        ? SWT.COLOR_DARK_GREEN
                        : c.is(MessageType.OTHER)
                                ? SWT.COLOR_DARK_GRAY
                                : SWT.COLOR_LIST_FOREGROUND));
        item.setForeground(first + 1, color(item, c.sentimentLabel() == SentimentLabel.NEGATIVE
                ? SWT.COLOR_DARK_RED
                : c.sentimentLabel() == SentimentLabel.POSITIVE ? SWT.COLOR_DARK_GREEN : SWT.COLOR_DARK_GRAY));
        item.setForeground(first + 2, color(item, c.action() == ActionNeeded.URGENT
                ? SWT.COLOR_RED
                : c.action() == ActionNeeded.NONE ? SWT.COLOR_DARK_GRAY : SWT.COLOR_LIST_FOREGROUND));
        item.setForeground(first + 3, color(item, c.influence() >= 60
                ? SWT.COLOR_DARK_BLUE
                : SWT.COLOR_LIST_FOREGROUND));
    }

    private static Color color(TableItem item, int systemColor) {
        return item.getDisplay().getSystemColor(systemColor);
    }

    /** Why the row was classified so, for the tooltip and the explanation panel. */
    String explanation(long interactionId) {
        Classification c = labels.get(interactionId);
        if (c == null) {
            return "Not classified yet.";
        }
        String[] cells = cells(interactionId);
        StringBuilder text = new StringBuilder();
        section(text, c, Aspect.TYPE, "Type: " + cells[0]);
        section(text, c, Aspect.SENTIMENT, "Sentiment: " + cells[1]);
        section(text, c, Aspect.ACTION, "Action: " + cells[2] + (c.actionCue().isEmpty()
                ? ""
                : " (" + c.actionCue()
                        + ")"));
        text.append("Influence: ").append(c.influence()).append(" = ").append(c.influenceExplanation()).append('\n');
        text.append("Classified by ").append(c.classifiers().values().stream().map(Object::toString).distinct()
                .collect(Collectors.joining(", ")));
        return text.toString();
    }

    private static void section(StringBuilder text, Classification c, Aspect aspect, String heading) {
        text.append(heading).append('\n');
        List<Cue> cues = c.cues(aspect);
        for (Cue cue : cues.subList(0, Math.min(cues.size(), 6))) {
            text.append("    \u2022 ").append(cue.text()).append('\n');
        }
    }
}

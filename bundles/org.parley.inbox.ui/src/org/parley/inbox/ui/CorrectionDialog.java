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

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Dialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.parley.analytics.ActionNeeded;
import org.parley.analytics.Aspect;
import org.parley.analytics.Classification;
import org.parley.analytics.MessageType;
import org.parley.analytics.SentimentLabel;

/**
 * "Correct classification": the agent sets the types, the sentiment label and the action of a
 * message; only what the agent changed is returned, as the values the classification service takes.
 */
final class CorrectionDialog extends Dialog {

    private final Classification current;
    private final Map<MessageType, Button> types = new EnumMap<>(MessageType.class);
    private Combo sentiment;
    private Combo action;
    private Map<Aspect, String> result;

    CorrectionDialog(Shell parent, Classification current) {
        super(parent, SWT.DIALOG_TRIM | SWT.APPLICATION_MODAL);
        this.current = current;
        setText("Correct classification");
    }

    /** Opens the dialog; returns the changed aspects and their new values, or an empty map. */
    Map<Aspect, String> open() {
        Shell shell = new Shell(getParent(), getStyle());
        shell.setText(getText());
        shell.setLayout(new GridLayout(2, false));
        new Label(shell, SWT.NONE).setText("Type:");
        Composite boxes = new Composite(shell, SWT.NONE);
        boxes.setLayout(new GridLayout(4, false));
        for (MessageType type : MessageType.values()) {
            Button box = new Button(boxes, SWT.CHECK);
            box.setText(type.key());
            box.setSelection(current.is(type));
            types.put(type, box);
        }
        sentiment = combo(shell, "Sentiment:", SentimentLabel.values(), current.sentimentLabel().ordinal());
        action = combo(shell, "Action:", ActionNeeded.values(), current.action().ordinal());
        Composite buttons = new Composite(shell, SWT.NONE);
        buttons.setLayout(new GridLayout(2, true));
        buttons.setLayoutData(new GridData(SWT.END, SWT.CENTER, true, false, 2, 1));
        Button ok = new Button(buttons, SWT.PUSH);
        ok.setText("Record correction");
        Button cancel = new Button(buttons, SWT.PUSH);
        cancel.setText("Cancel");
        result = Map.of();
        ok.addListener(SWT.Selection, e -> {
            result = changes();
            shell.close();
        });
        cancel.addListener(SWT.Selection, e -> shell.close());
        shell.setDefaultButton(ok);
        shell.pack();
        shell.open();
        while (!shell.isDisposed()) {
            if (!shell.getDisplay().readAndDispatch()) {
                shell.getDisplay().sleep();
            }
        }
        return result;
    }

    private static Combo combo(Shell shell, String label, Enum<?>[] values, int selected) {
        new Label(shell, SWT.NONE).setText(label);
        Combo combo = new Combo(shell, SWT.READ_ONLY);
        for (Enum<?> value : values) {
            combo.add(value.name().toLowerCase(java.util.Locale.ROOT));
        }
        combo.select(selected);
        return combo;
    }

    private Map<Aspect, String> changes() {
        Map<Aspect, String> changed = new LinkedHashMap<>();
        StringBuilder chosen = new StringBuilder();
        boolean differs = false;
        for (Map.Entry<MessageType, Button> box : types.entrySet()) {
            if (box.getValue().getSelection()) {
                chosen.append(chosen.isEmpty() ? "" : ",").append(box.getKey().key());
            }
            differs |= box.getValue().getSelection() != current.is(box.getKey());
        }
        if (differs) {
            changed.put(Aspect.TYPE, chosen.isEmpty() ? "other" : chosen.toString());
        }
        if (sentiment.getSelectionIndex() != current.sentimentLabel().ordinal()) {
            changed.put(Aspect.SENTIMENT, sentiment.getText());
        }
        if (action.getSelectionIndex() != current.action().ordinal()) {
            changed.put(Aspect.ACTION, action.getText());
        }
        return changed;
    }
}

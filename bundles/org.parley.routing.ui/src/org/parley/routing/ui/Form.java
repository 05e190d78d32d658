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

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** Rows of a two-column form: a label, then a field. */
final class Form {

    private Form() {
    }

    static Text text(Composite form, String label, String tip) {
        label(form, label);
        Text text = new Text(form, SWT.BORDER);
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        text.setToolTipText(tip);
        text.setMessage(tip);
        return text;
    }

    static Combo combo(Composite form, String label, String... items) {
        label(form, label);
        Combo combo = new Combo(form, SWT.READ_ONLY);
        combo.setItems(items);
        combo.select(0);
        return combo;
    }

    static Map<String, Button> checks(Composite form, String label, String... values) {
        label(form, label);
        Composite row = new Composite(form, SWT.NONE);
        RowLayout layout = new RowLayout();
        layout.marginLeft = 0;
        layout.marginTop = 0;
        layout.marginBottom = 0;
        row.setLayout(layout);
        Map<String, Button> checks = new LinkedHashMap<>();
        for (String value : values) {
            Button check = new Button(row, SWT.CHECK);
            check.setText(value);
            checks.put(value.toLowerCase(Locale.ROOT), check);
        }
        return checks;
    }

    static Text pair(Composite form, String label, Text[] second, String firstTip, String secondTip) {
        label(form, label);
        Composite row = new Composite(form, SWT.NONE);
        row.setLayout(new org.eclipse.swt.layout.GridLayout(2, true));
        row.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Text first = new Text(row, SWT.BORDER);
        first.setMessage(firstTip);
        first.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        second[0] = new Text(row, SWT.BORDER);
        second[0].setMessage(secondTip);
        second[0].setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return first;
    }

    static void label(Composite form, String text) {
        Label label = new Label(form, SWT.NONE);
        label.setText(text);
    }

    static void set(Map<String, Button> checks, Collection<String> values) {
        checks.forEach((value, check) -> check.setSelection(values.contains(value)));
    }

    static List<String> checked(Map<String, Button> checks) {
        return checks.entrySet().stream().filter(e -> e.getValue().getSelection()).map(Map.Entry::getKey).toList();
    }

    static List<String> words(Text text) {
        return Arrays.stream(text.getText().split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static String words(List<String> values) {
        return String.join(", ", values);
    }

    static Double number(Text text, String what) {
        String value = text.getText().strip();
        if (value.isEmpty()) {
            return null;
        }
        try {
            return Double.valueOf(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " must be a number, got '" + value + "'");
        }
    }

    static String number(Double value) {
        if (value == null) {
            return "";
        }
        return value == Math.rint(value) ? String.valueOf(value.longValue()) : String.valueOf(value);
    }
}

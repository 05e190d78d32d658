/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.sources.ui;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.parley.channels.ChannelConnector;
import org.parley.channels.SettingDescriptor;
import org.parley.ingest.Source;

/**
 * The settings of one source, built from its connector's setting descriptors. Secrets are typed
 * into password fields and never shown back: a stored secret is only announced ("stored; type to
 * replace").
 */
final class SourceForm {

    private static final Pattern SCHEDULE = Pattern.compile("(\\d+)\\s*([mhd])");

    final Composite control;
    final Label title;
    final Text name;
    final Text schedule;
    final Map<String, Text> settings = new LinkedHashMap<>();
    final Map<String, Text> secrets = new LinkedHashMap<>();
    private final Composite fields;
    private ChannelConnector connector;
    private Source source;

    SourceForm(Composite parent) {
        control = new Composite(parent, SWT.NONE);
        control.setLayout(new GridLayout(2, false));
        title = new Label(control, SWT.NONE);
        title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        title.setText("Select a source, or a connector and \"New source\"");
        name = text(control, "Name", "what this source is", SWT.BORDER);
        schedule = text(control, "Poll every", "e.g. 15m, 2h, 1d (empty: only when asked)", SWT.BORDER);
        fields = new Composite(control, SWT.NONE);
        fields.setLayout(new GridLayout(2, false));
        fields.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
    }

    private static Text text(Composite parent, String label, String tip, int style) {
        new Label(parent, SWT.NONE).setText(label);
        Text text = new Text(parent, style);
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        text.setMessage(tip);
        text.setToolTipText(tip);
        return text;
    }

    /**
     * Shows a source (id 0 for a new one) of a connector; {@code storedSecrets} are the keys already
     * kept.
     */
    void show(ChannelConnector newConnector, Source newSource, Set<String> storedSecrets) {
        this.connector = newConnector;
        this.source = newSource;
        for (Control child : fields.getChildren()) {
            child.dispose();
        }
        settings.clear();
        secrets.clear();
        title.setText((newSource.id() == 0 ? "New source of " : "Source of ") + newConnector.displayName());
        name.setText(newSource.name());
        schedule.setText(newSource.schedule() == null ? "" : format(newSource.schedule()));
        for (SettingDescriptor setting : newConnector.settings()) {
            if (setting.secret()) {
                Text field = text(fields, setting.label(), storedSecrets.contains(setting.key())
                        ? "stored; type to replace"
                        : "not set", SWT.BORDER | SWT.PASSWORD);
                field.setToolTipText(setting.description());
                secrets.put(setting.key(), field);
            } else {
                String value = newSource.settings().getOrDefault(setting.key(),
                        setting.defaultValue() == null ? "" : setting.defaultValue());
                Text field = text(fields, setting.label(), setting.description(), SWT.BORDER);
                field.setText(value);
                settings.put(setting.key(), field);
            }
        }
        control.layout(true, true);
    }

    ChannelConnector connector() {
        return connector;
    }

    /** The source as edited (secrets are not part of it). */
    Source read() {
        if (connector == null) {
            throw new IllegalArgumentException("choose a connector first");
        }
        Map<String, String> values = new LinkedHashMap<>();
        settings.forEach((key, field) -> {
            if (!field.getText().isBlank()) {
                values.put(key, field.getText().strip());
            }
        });
        Duration every = parse(schedule.getText());
        Source edited = source.id() == 0
                ? Source.of(connector.id(), name.getText().strip(), values, every)
                : source.with(name.getText().strip(), values, every);
        return edited;
    }

    /** The secrets typed in (only fields that are not empty); the fields are cleared. */
    Map<String, char[]> takeSecrets() {
        Map<String, char[]> typed = new LinkedHashMap<>();
        secrets.forEach((key, field) -> {
            if (!field.getText().isEmpty()) {
                typed.put(key, field.getText().toCharArray());
                field.setText("");
                field.setMessage("stored; type to replace");
            }
        });
        return typed;
    }

    static Duration parse(String text) {
        String value = text.strip().toLowerCase(Locale.ROOT);
        if (value.isEmpty()) {
            return null;
        }
        Matcher m = SCHEDULE.matcher(value);
        if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
            throw new IllegalArgumentException("poll every: write a number and m, h or d, e.g. 15m");
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
        };
    }

    static String format(Duration every) {
        long minutes = every.toMinutes();
        if (minutes % (24 * 60) == 0) {
            return minutes / (24 * 60) + "d";
        }
        return minutes % 60 == 0 ? minutes / 60 + "h" : minutes + "m";
    }
}

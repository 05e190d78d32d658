/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.journey.ui;

import java.util.List;
import java.util.Locale;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.parley.model.journey.Card;
import org.parley.model.journey.JourneyInfo;
import org.parley.model.journey.JourneyLane;
import org.parley.model.journey.JourneyMap;
import org.parley.model.journey.JourneyStage;
import org.parley.model.journey.JourneyStep;
import org.parley.store.JourneyRepository;
import org.parley.ui.BackgroundLoad;
import org.parley.ui.RowsPart;

/**
 * The journeys of the workspace, and an outline of the selected one: stages, steps, touchpoints.
 */
public class JourneysPart extends RowsPart<JourneyInfo> {

    private final JourneyRepository journeys;
    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    private EPartService parts;
    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    private EModelService models;
    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    private MApplication application;
    private Text outline;
    private BackgroundLoad<String> outlineLoader;

    @Inject
    public JourneysPart(JourneyRepository journeys, UISynchronize sync) {
        super(sync);
        this.journeys = journeys;
    }

    @PostConstruct
    void createControls(Composite parent) {
        parent.setLayout(new FillLayout());
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        Composite top = new Composite(sash, SWT.NONE);
        top.setLayout(new GridLayout(1, false));
        Table table = createTable(top, "Loading journeys", "Journey:320", "Persona:180", "State:80", "Stages:70",
                "Steps:70");
        table.addListener(SWT.Selection, event -> showOutline());
        table.addListener(SWT.DefaultSelection, event -> openSelected());
        table.setToolTipText("Double-click (or Enter) opens the journey map editor");
        outline = new Text(sash, SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.WRAP | SWT.BORDER);
        sash.setWeights(45, 55);
        outlineLoader = background("Loading journey");
        reload();
    }

    @Override
    protected List<JourneyInfo> load() {
        return journeys.list();
    }

    @Override
    protected void loaded(List<JourneyInfo> rows) {
        show(rows);
        if (!rows.isEmpty()) {
            table().select(0);
            showOutline();
        }
    }

    @Override
    protected String[] cells(JourneyInfo row) {
        return new String[]{row.name(), row.persona() == null ? "" : row.persona(),
                row.state().name().replace('_', '-').toLowerCase(Locale.ROOT), String.valueOf(row.stages()),
                String.valueOf(row.steps())};
    }

    /** Opens the selected journey in the journey map editor. */
    void openSelected() {
        int index = table().getSelectionIndex();
        if (index < 0 || index >= shown().size() || parts == null || models == null || application == null) {
            return;
        }
        JourneyInfo row = shown().get(index);
        JourneyEditors.open(parts, models, application, row.databaseId(), row.name());
    }

    private void showOutline() {
        int index = table().getSelectionIndex();
        if (index < 0 || index >= shown().size()) {
            return;
        }
        long id = shown().get(index).databaseId();
        outlineLoader.start(0, () -> journeys.load(id).map(JourneysPart::outline).orElse(""), outline::setText);
    }

    /** The journey as text: every stage and step, with the cards of each lane under the step. */
    static String outline(JourneyMap journey) {
        StringBuilder text = new StringBuilder(journey.name()).append('\n');
        if (journey.scenario() != null) {
            text.append("Scenario: ").append(journey.scenario()).append('\n');
        }
        if (journey.targetOutcome() != null) {
            text.append("Target outcome: ").append(journey.targetOutcome()).append('\n');
        }
        for (JourneyStage stage : journey.stages()) {
            text.append('\n').append(stage.name().toUpperCase(Locale.ROOT)).append('\n');
            for (JourneyStep step : stage.steps()) {
                text.append("  \u2022 ").append(step.name());
                if (step.owner() != null) {
                    text.append("  [").append(step.owner().name().toLowerCase(Locale.ROOT)).append(']');
                }
                text.append("  emotion ").append(step.emotion() > 0 ? "+" : "").append(step.emotion()).append('\n');
                for (JourneyLane lane : journey.lanes()) {
                    for (Card card : step.cards(lane.id())) {
                        text.append("      \u25E6 ").append(lane.title()).append(": ").append(card.text());
                        if (!card.channels().isEmpty()) {
                            text.append(" (").append(String.join(", ", card.channels())).append(')');
                        }
                        text.append('\n');
                    }
                }
            }
        }
        return text.toString();
    }
}

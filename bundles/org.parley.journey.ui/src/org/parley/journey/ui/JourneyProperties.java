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

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.parley.model.journey.Card;
import org.parley.model.journey.JourneyLane;
import org.parley.model.journey.JourneyMap;
import org.parley.model.journey.JourneyStage;
import org.parley.model.journey.JourneyStep;
import org.parley.model.journey.LaneKind;
import org.parley.model.journey.OpportunityStatus;
import org.parley.model.journey.Priority;
import org.parley.journey.TouchpointFigure;
import org.parley.journey.board.JourneyBoards;
import org.parley.journey.board.Labels;
import org.parley.model.InteractionType;
import org.parley.model.OwningFunction;
import org.parley.ui.board.Board;
import org.parley.ui.board.BoardRef;

/**
 * The properties of the selected stage, step, lane or card. Every change is a command, so it can be
 * undone like an edit on the board.
 */
final class JourneyProperties {

    private final JourneyEditorPart editor;
    private final ScrolledComposite scroll;
    private Composite body;
    private boolean showing;

    JourneyProperties(Composite parent, JourneyEditorPart editor) {
        this.editor = editor;
        scroll = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.BORDER);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        show(null, null);
    }

    Control control() {
        return scroll;
    }

    void show(Board board, BoardRef focus) {
        showing = true;
        try {
            rebuild(board, focus);
        } finally {
            showing = false;
        }
    }

    private void rebuild(Board board, BoardRef focus) {
        if (body != null) {
            body.dispose();
        }
        body = new Composite(scroll, SWT.NONE);
        body.setLayout(new GridLayout(1, false));
        JourneyMap map = editor.document() == null ? null : editor.document().map();
        if (map == null || focus == null) {
            heading("Journey");
            note(map == null ? "" : map.name());
            note("Select a stage, step, lane or card to see its properties.");
        } else {
            fill(map, board, focus);
        }
        scroll.setContent(body);
        scroll.setMinSize(body.computeSize(SWT.DEFAULT, SWT.DEFAULT));
        body.layout(true, true);
    }

    private void fill(JourneyMap map, Board board, BoardRef focus) {
        switch (focus.kind()) {
            case GROUP -> map.stages().stream().filter(s -> s.id().equals(focus.group())).findFirst()
                    .ifPresent(this::stage);
            case ROW -> map.lane(focus.row()).ifPresent(this::lane);
            case CARD -> {
                Optional<Card> card = editor.gestures().card(board, focus);
                if (card.isPresent()) {
                    card(map, card.get(), map.lane(focus.row()).map(JourneyLane::kind).orElse(LaneKind.CUSTOM));
                } else {
                    map.step(focus.column()).ifPresent(this::step);
                }
            }
            default -> map.step(focus.column()).ifPresent(this::step);
        }
    }

    private void stage(JourneyStage stage) {
        heading("Stage");
        text("Name", stage.name(), false, name -> editor.run(editor.commands().renameStage(stage.id(), name)));
        note(stage.steps().size() + " step" + (stage.steps().size() == 1 ? "" : "s"));
    }

    private void lane(JourneyLane lane) {
        heading("Lane");
        text("Title", lane.title(), false, title -> editor.run(editor.commands().renameLane(lane.id(), title)));
        note("Kind: " + lane.kind().defaultTitle());
    }

    private void step(JourneyStep step) {
        heading("Step");
        text("Name", step.name(), false, name -> editor.run(editor.commands().renameStep(step.id(), name)));
        label("Emotion (\u22122 to +2)");
        Spinner emotion = new Spinner(body, SWT.BORDER);
        emotion.setValues(step.emotion(), -2, 2, 0, 1, 1);
        emotion.setToolTipText("\u22122 very negative \u2026 +2 very positive");
        emotion.addListener(SWT.Selection, e -> {
            if (emotion.getSelection() != step.emotion()) {
                editor.run(editor.commands().setEmotion(step.id(), emotion.getSelection()));
            }
        });
        choice("Owner", OwningFunction.values(), step.owner(),
                owner -> editor.run(editor.commands().setOwner(step.id(), owner)));
        choice("Interaction type", InteractionType.values(), step.interactionType(),
                type -> editor.run(editor.commands().setInteractionType(step.id(), type)));
    }

    private void card(JourneyMap map, Card card, LaneKind kind) {
        heading(kind == LaneKind.TOUCHPOINTS
                ? "Touchpoint"
                : kind == LaneKind.PAIN_POINTS
                        ? "Pain point"
                        : kind == LaneKind.OPPORTUNITIES ? "Opportunity" : "Card");
        text("Text", card.text(), true, text -> editor.run(editor.commands().editCardText(card.id(), text)));
        text("Details", card.details() == null ? "" : card.details(), true,
                details -> editor.run(editor.commands().updateCard(card.id(), card.withDetails(details))));
        if (kind == LaneKind.TOUCHPOINTS) {
            touchpoint(card);
        } else if (kind == LaneKind.OPPORTUNITIES) {
            opportunity(card);
        }
    }

    private void touchpoint(Card card) {
        text("Channels (comma separated)", String.join(", ", card.channels()), false, channels -> editor.run(
                editor.commands().updateCard(card.id(), card.withChannels(split(channels), card.tags()))));
        text("Tags (comma separated)", String.join(", ", card.tags()), false, tags -> editor.run(
                editor.commands().updateCard(card.id(), card.withChannels(card.channels(), split(tags)))));
        choice("Interaction type", InteractionType.values(), card.interactionType(), type -> editor.run(
                editor.commands().updateCard(card.id(), card.withInteractionType(type))));
        heading("Live figures, last " + editor.periodDays() + " days");
        TouchpointFigure figure = editor.figures().get(card.id());
        if (figure == null) {
            note("Not computed yet (save the journey to count a new touchpoint).");
            return;
        }
        JourneyBoards.figureBadges(figure).forEach(this::note);
        note(figure.answered() + " answered");
        Button list = new Button(body, SWT.PUSH);
        list.setText("Show these interactions\u2026");
        list.addListener(SWT.Selection, e -> InteractionsDialog.open(editor, card));
    }

    private void opportunity(Card card) {
        text("Owner", card.owner() == null ? "" : card.owner(), false, owner -> editor.run(editor.commands()
                .updateCard(card.id(), card.withOpportunity(owner, card.status(), card.priority(), card.addresses()))));
        choice("Status", OpportunityStatus.values(), card.status(), status -> editor.run(editor.commands()
                .updateCard(card.id(), card.withOpportunity(card.owner(), status, card.priority(), card.addresses()))));
        choice("Priority", Priority.values(), card.priority(), priority -> editor.run(editor.commands()
                .updateCard(card.id(), card.withOpportunity(card.owner(), card.status(), priority, card.addresses()))));
    }

    private static List<String> split(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private void heading(String text) {
        Label label = new Label(body, SWT.NONE);
        label.setText(text);
        org.eclipse.swt.graphics.FontData data = label.getFont().getFontData()[0];
        data.setStyle(SWT.BOLD);
        org.eclipse.swt.graphics.Font bold = new org.eclipse.swt.graphics.Font(label.getDisplay(), data);
        label.setFont(bold);
        label.addListener(SWT.Dispose, e -> bold.dispose());
    }

    private void label(String text) {
        new Label(body, SWT.NONE).setText(text);
    }

    private void note(String text) {
        Label label = new Label(body, SWT.WRAP);
        label.setText(text);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 200;
        label.setLayoutData(data);
    }

    private void text(String title, String value, boolean multi, Consumer<String> apply) {
        label(title);
        Text text = new Text(body, SWT.BORDER | (multi ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE));
        text.setText(value);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.heightHint = multi ? 60 : SWT.DEFAULT;
        data.widthHint = 160;
        text.setLayoutData(data);
        Runnable commit = () -> {
            if (showing || text.isDisposed()) {
                return;
            }
            String now = text.getText().strip();
            if (!now.equals(value.strip())) {
                apply.accept(now);
            }
        };
        text.addListener(SWT.DefaultSelection, e -> commit.run());
        text.addListener(SWT.FocusOut, e -> commit.run());
    }

    private <E extends Enum<E>> void choice(String title, E[] values, E current, Consumer<E> apply) {
        label(title);
        Combo combo = new Combo(body, SWT.READ_ONLY);
        combo.add("(none)");
        for (E value : values) {
            combo.add(Labels.of(value));
        }
        combo.select(current == null ? 0 : current.ordinal() + 1);
        combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        combo.addListener(SWT.Selection, e -> {
            int index = combo.getSelectionIndex();
            E chosen = index <= 0 ? null : values[index - 1];
            if (chosen != current) {
                apply.accept(chosen);
            }
        });
    }
}

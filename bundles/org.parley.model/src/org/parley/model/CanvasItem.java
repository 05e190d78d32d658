/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A card on the planning canvas: a requirement in one of the three layers. */
@Entity
@Table(name = "CANVAS_ITEM")
public class CanvasItem extends PlanElement {

    @ManyToOne(optional = false)
    @JoinColumn(name = "CANVAS_ID", nullable = false)
    private Canvas canvas;

    @Enumerated(EnumType.STRING)
    @Column(name = "LAYER", nullable = false, length = 20)
    private CanvasLayer layer;

    /** What kind of card within the layer: scenario, outcome, role, process, data flow, system, ... */
    @Column(name = "KIND", length = 40)
    private String kind;

    @Column(name = "DETAILS", length = 4000)
    private String details;

    /** Stable id of the journey step this item serves, if any. */
    @Column(name = "STEP_STABLE_ID", length = 36)
    private String stepStableId;

    protected CanvasItem() {
        // for JPA
    }

    CanvasItem(Canvas canvas, CanvasLayer layer, String title) {
        super(title);
        this.canvas = canvas;
        this.layer = layer;
    }

    public Canvas getCanvas() {
        return canvas;
    }

    public CanvasLayer getLayer() {
        return layer;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getDetails() {
        return details;
    }

    public void setDetails(String details) {
        this.details = details;
    }

    public String getStepStableId() {
        return stepStableId;
    }

    public void setStepStableId(String stepStableId) {
        this.stepStableId = stepStableId;
    }
}

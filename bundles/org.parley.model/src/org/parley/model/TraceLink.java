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
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A trace from one canvas item to another, e.g. a business requirement to the process realising it.
 */
@Entity
@Table(name = "TRACE_LINK")
public class TraceLink extends AbstractEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "CANVAS_ID", nullable = false)
    private Canvas canvas;

    @ManyToOne(optional = false)
    @JoinColumn(name = "SOURCE_ID", nullable = false)
    private CanvasItem source;

    @ManyToOne(optional = false)
    @JoinColumn(name = "TARGET_ID", nullable = false)
    private CanvasItem target;

    @Column(name = "NOTE", length = 1000)
    private String note;

    protected TraceLink() {
        // for JPA
    }

    TraceLink(Canvas canvas, CanvasItem source, CanvasItem target) {
        this.canvas = canvas;
        this.source = source;
        this.target = target;
    }

    public Canvas getCanvas() {
        return canvas;
    }

    public CanvasItem getSource() {
        return source;
    }

    public CanvasItem getTarget() {
        return target;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}

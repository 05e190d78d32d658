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

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/**
 * The integrated planning canvas a workshop fills: business requirements traced to operational and
 * technical requirements.
 */
@Entity
@Table(name = "CANVAS")
public class Canvas extends AbstractEntity {

    @Column(name = "NAME", nullable = false, length = 300)
    private String name;

    @Column(name = "DESCRIPTION", length = 4000)
    private String description;

    /** The journey the canvas plans for (its row id), or null. */
    @Column(name = "JOURNEY_ID")
    private Long journeyId;

    @OneToMany(mappedBy = "canvas", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder ASC")
    private List<CanvasItem> items = new ArrayList<>();

    @OneToMany(mappedBy = "canvas", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<TraceLink> links = new ArrayList<>();

    protected Canvas() {
        // for JPA
    }

    public Canvas(String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Long getJourneyId() {
        return journeyId;
    }

    public void setJourneyId(Long journeyId) {
        this.journeyId = journeyId;
    }

    public List<CanvasItem> getItems() {
        return Collections.unmodifiableList(items);
    }

    public List<TraceLink> getLinks() {
        return Collections.unmodifiableList(links);
    }

    /** Adds an item to a layer of the canvas. */
    public CanvasItem addItem(CanvasLayer layer, String title) {
        CanvasItem item = new CanvasItem(this, layer, title);
        item.setSortOrder(items.size());
        items.add(item);
        return item;
    }

    /** Traces one item to another ("is realised by"). */
    public TraceLink link(CanvasItem from, CanvasItem to) {
        TraceLink link = new TraceLink(this, from, to);
        links.add(link);
        return link;
    }
}

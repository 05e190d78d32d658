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
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/** One step of a journey: what the customer does, who owns it, how it feels. */
@Entity
@Table(name = "JOURNEY_STEP")
public class Step extends PlanElement {

    @ManyToOne(optional = false)
    @JoinColumn(name = "STAGE_ID", nullable = false)
    private Stage stage;

    @Column(name = "CUSTOMER_ACTION", length = 2000)
    private String customerAction;

    @Enumerated(EnumType.STRING)
    @Column(name = "OWNER_FUNCTION", length = 20)
    private OwningFunction owner;

    /** From -2 (very unhappy) to +2 (delighted). */
    @Column(name = "EMOTION", nullable = false)
    private int emotion;

    @OneToMany(mappedBy = "step", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder ASC")
    private List<Touchpoint> touchpoints = new ArrayList<>();

    protected Step() {
        // for JPA
    }

    Step(Stage stage, String name) {
        super(name);
        this.stage = stage;
    }

    public Stage getStage() {
        return stage;
    }

    public String getCustomerAction() {
        return customerAction;
    }

    public void setCustomerAction(String customerAction) {
        this.customerAction = customerAction;
    }

    public OwningFunction getOwner() {
        return owner;
    }

    public void setOwner(OwningFunction owner) {
        this.owner = owner;
    }

    public int getEmotion() {
        return emotion;
    }

    /** Sets the emotion, kept within -2..+2. */
    public void setEmotion(int emotion) {
        this.emotion = Math.max(-2, Math.min(2, emotion));
    }

    public List<Touchpoint> getTouchpoints() {
        return Collections.unmodifiableList(touchpoints);
    }

    /** Adds a touchpoint covering the given channels. */
    public Touchpoint addTouchpoint(String touchpointName, InteractionType type, List<String> channels) {
        Touchpoint touchpoint = new Touchpoint(this, touchpointName);
        touchpoint.setInteractionType(type);
        touchpoint.setChannels(channels);
        touchpoint.setSortOrder(touchpoints.size());
        touchpoints.add(touchpoint);
        return touchpoint;
    }
}

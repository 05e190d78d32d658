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

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * Where a step meets the customer. It names the channels (and tags) it covers, which links the plan
 * to the live interactions on those channels.
 */
@Entity
@Table(name = "TOUCHPOINT")
public class Touchpoint extends PlanElement {

    @ManyToOne(optional = false)
    @JoinColumn(name = "STEP_ID", nullable = false)
    private Step step;

    @Column(name = "CHANNELS", length = 500)
    private String channels;

    @Column(name = "TAGS", length = 500)
    private String tags;

    @Enumerated(EnumType.STRING)
    @Column(name = "INTERACTION_TYPE", length = 20)
    private InteractionType interactionType;

    protected Touchpoint() {
        // for JPA
    }

    Touchpoint(Step step, String name) {
        super(name);
        this.step = step;
    }

    public Step getStep() {
        return step;
    }

    public List<String> getChannels() {
        return Lists.split(channels);
    }

    public void setChannels(List<String> channelIds) {
        this.channels = Lists.join(channelIds);
    }

    public List<String> getTags() {
        return Lists.split(tags);
    }

    public void setTags(List<String> tagNames) {
        this.tags = Lists.join(tagNames);
    }

    public InteractionType getInteractionType() {
        return interactionType;
    }

    public void setInteractionType(InteractionType interactionType) {
        this.interactionType = interactionType;
    }
}

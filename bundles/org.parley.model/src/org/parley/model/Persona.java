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
import jakarta.persistence.Table;

/** An archetypal customer a journey is planned for. */
@Entity
@Table(name = "PERSONA")
public class Persona extends AbstractEntity {

    @Column(name = "NAME", nullable = false, length = 200)
    private String name;

    @Column(name = "SEGMENT", length = 200)
    private String segment;

    @Column(name = "GOALS", length = 2000)
    private String goals;

    @Column(name = "NEED_STATES", length = 2000)
    private String needStates;

    @Column(name = "FRUSTRATIONS", length = 2000)
    private String frustrations;

    /** Comma-separated channel ids, most preferred first. */
    @Column(name = "PREFERRED_CHANNELS", length = 500)
    private String preferredChannels;

    protected Persona() {
        // for JPA
    }

    public Persona(String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSegment() {
        return segment;
    }

    public void setSegment(String segment) {
        this.segment = segment;
    }

    public String getGoals() {
        return goals;
    }

    public void setGoals(String goals) {
        this.goals = goals;
    }

    public String getNeedStates() {
        return needStates;
    }

    public void setNeedStates(String needStates) {
        this.needStates = needStates;
    }

    public String getFrustrations() {
        return frustrations;
    }

    public void setFrustrations(String frustrations) {
        this.frustrations = frustrations;
    }

    public List<String> getPreferredChannels() {
        return Lists.split(preferredChannels);
    }

    public void setPreferredChannels(List<String> channels) {
        this.preferredChannels = Lists.join(channels);
    }
}

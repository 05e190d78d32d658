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
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/** A stage of a journey (aware, consider, buy, use, get help, ...), a column of the journey map. */
@Entity
@Table(name = "JOURNEY_STAGE")
public class Stage extends PlanElement {

    @ManyToOne(optional = false)
    @JoinColumn(name = "JOURNEY_ID", nullable = false)
    private Journey journey;

    @OneToMany(mappedBy = "stage", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder ASC")
    private List<Step> steps = new ArrayList<>();

    protected Stage() {
        // for JPA
    }

    Stage(Journey journey, String name) {
        super(name);
        this.journey = journey;
    }

    public Journey getJourney() {
        return journey;
    }

    public List<Step> getSteps() {
        return Collections.unmodifiableList(steps);
    }

    /** Appends a step at the end of this stage. */
    public Step addStep(String stepName) {
        Step step = new Step(this, stepName);
        step.setSortOrder(steps.size());
        steps.add(step);
        return step;
    }
}

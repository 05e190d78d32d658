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

/** A customer journey: a persona's scenario, in stages of steps, towards a target outcome. */
@Entity
@Table(name = "JOURNEY")
public class Journey extends AbstractEntity {

    @Column(name = "NAME", nullable = false, length = 300)
    private String name;

    @Column(name = "SCENARIO", length = 4000)
    private String scenario;

    @Column(name = "TARGET_OUTCOME", length = 4000)
    private String targetOutcome;

    @Enumerated(EnumType.STRING)
    @Column(name = "PLAN_STATE", nullable = false, length = 10)
    private PlanState planState = PlanState.AS_IS;

    @Column(name = "PLAN_VERSION", nullable = false)
    private int planVersion = 1;

    @ManyToOne
    @JoinColumn(name = "PERSONA_ID")
    private Persona persona;

    @OneToMany(mappedBy = "journey", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder ASC")
    private List<Stage> stages = new ArrayList<>();

    protected Journey() {
        // for JPA
    }

    public Journey(String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getScenario() {
        return scenario;
    }

    public void setScenario(String scenario) {
        this.scenario = scenario;
    }

    public String getTargetOutcome() {
        return targetOutcome;
    }

    public void setTargetOutcome(String targetOutcome) {
        this.targetOutcome = targetOutcome;
    }

    public PlanState getPlanState() {
        return planState;
    }

    public void setPlanState(PlanState planState) {
        this.planState = planState;
    }

    public int getPlanVersion() {
        return planVersion;
    }

    public void setPlanVersion(int planVersion) {
        this.planVersion = planVersion;
    }

    public Persona getPersona() {
        return persona;
    }

    public void setPersona(Persona persona) {
        this.persona = persona;
    }

    public List<Stage> getStages() {
        return Collections.unmodifiableList(stages);
    }

    /** Appends a stage at the end of the journey. */
    public Stage addStage(String stageName) {
        Stage stage = new Stage(this, stageName);
        stage.setSortOrder(stages.size());
        stages.add(stage);
        return stage;
    }

    /** Counts the steps over all stages. */
    public int stepCount() {
        return stages.stream().mapToInt(s -> s.getSteps().size()).sum();
    }
}

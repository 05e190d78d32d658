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

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * A named, ordered element of a plan (stage, step, touchpoint, canvas item) with a stable id that
 * survives export, import and version control, so other plans can link to it.
 */
@MappedSuperclass
public abstract class PlanElement extends AbstractEntity {

    @Column(name = "STABLE_ID", nullable = false, unique = true, length = 36)
    private String stableId = UUID.randomUUID().toString();

    @Column(name = "NAME", nullable = false, length = 300)
    private String name;

    @Column(name = "SORT_ORDER", nullable = false)
    private int sortOrder;

    protected PlanElement() {
        // for JPA
    }

    protected PlanElement(String name) {
        this.name = name;
    }

    public String getStableId() {
        return stableId;
    }

    /** Keeps the id of an imported element. */
    public void setStableId(String stableId) {
        this.stableId = stableId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }
}

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
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;

/**
 * Identity and optimistic locking shared by every stored entity. Ids come from one table generator
 * so that inserts can be batched on Derby and PostgreSQL alike.
 */
@MappedSuperclass
public abstract class AbstractEntity {

    @Id
    @TableGenerator(name = "parley_ids", table = "ID_SEQUENCE", pkColumnName = "SEQ_NAME",
            valueColumnName = "SEQ_COUNT", pkColumnValue = "PARLEY", allocationSize = 100)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "parley_ids")
    @Column(name = "ID")
    private Long id;

    @Version
    @Column(name = "OPT_LOCK")
    private long lockVersion;

    public Long getId() {
        return id;
    }

    /** @return true until the entity has been stored once */
    public boolean isNew() {
        return id == null;
    }
}

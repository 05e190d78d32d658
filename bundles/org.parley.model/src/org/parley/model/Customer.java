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

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/** One person or organisation, seen through one or more identities on the channels. */
@Entity
@Table(name = "CUSTOMER")
public class Customer extends AbstractEntity {

    @Column(name = "DISPLAY_NAME", nullable = false, length = 200)
    private String displayName;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    /** Comma-separated tags, e.g. {@code vip,newsletter}. */
    @Column(name = "TAGS", length = 1000)
    private String tags;

    @OneToMany(mappedBy = "customer", cascade = CascadeType.ALL)
    @OrderBy("channel ASC, handle ASC")
    private List<Identity> identities = new ArrayList<>();

    protected Customer() {
        // for JPA
    }

    public Customer(String displayName, Instant createdAt) {
        this.displayName = displayName;
        this.createdAt = createdAt;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<String> getTags() {
        return Lists.split(tags);
    }

    public void setTags(List<String> tags) {
        this.tags = Lists.join(tags);
    }

    public List<Identity> getIdentities() {
        return Collections.unmodifiableList(identities);
    }

    /** Attaches an identity to this customer, moving it away from any previous one. */
    public void addIdentity(Identity identity) {
        if (identity.getCustomer() != null && identity.getCustomer() != this) {
            identity.getCustomer().identities.remove(identity);
        }
        identity.setCustomer(this);
        if (!identities.contains(identity)) {
            identities.add(identity);
        }
    }
}

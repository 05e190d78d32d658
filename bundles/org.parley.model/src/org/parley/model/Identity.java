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
import jakarta.persistence.UniqueConstraint;

/**
 * A handle on one channel (an e-mail address, an X account, a phone number). A customer has many;
 * the pair (channel, handle) is unique.
 */
@Entity
@Table(name = "CUSTOMER_IDENTITY", uniqueConstraints = @UniqueConstraint(columnNames = {"CHANNEL", "HANDLE"}))
public class Identity extends AbstractEntity {

    @Column(name = "CHANNEL", nullable = false, length = 40)
    private String channel;

    @Column(name = "HANDLE", nullable = false, length = 320)
    private String handle;

    @Column(name = "DISPLAY_NAME", length = 200)
    private String displayName;

    @Column(name = "EMAIL", length = 320)
    private String email;

    @Column(name = "PHONE", length = 40)
    private String phone;

    @Column(name = "FOLLOWERS")
    private Integer followers;

    @Column(name = "VERIFIED", nullable = false)
    private boolean verified;

    @ManyToOne
    @JoinColumn(name = "CUSTOMER_ID")
    private Customer customer;

    protected Identity() {
        // for JPA
    }

    public Identity(String channel, String handle) {
        this.channel = channel;
        this.handle = handle;
    }

    public String getChannel() {
        return channel;
    }

    public String getHandle() {
        return handle;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public Integer getFollowers() {
        return followers;
    }

    public void setFollowers(Integer followers) {
        this.followers = followers;
    }

    public boolean isVerified() {
        return verified;
    }

    public void setVerified(boolean verified) {
        this.verified = verified;
    }

    public Customer getCustomer() {
        return customer;
    }

    void setCustomer(Customer customer) {
        this.customer = customer;
    }
}

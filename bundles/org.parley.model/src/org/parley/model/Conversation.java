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

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/** A thread of interactions on one channel: an e-mail thread, a tweet and its replies, a call. */
@Entity
@Table(name = "CONVERSATION", uniqueConstraints = @UniqueConstraint(columnNames = {"CHANNEL", "THREAD_KEY"}))
public class Conversation extends AbstractEntity {

    @Column(name = "CHANNEL", nullable = false, length = 40)
    private String channel;

    /** The channel's own id of the thread (root message id, tweet conversation id, ...). */
    @Column(name = "THREAD_KEY", nullable = false, length = 500)
    private String threadKey;

    @Column(name = "SUBJECT", length = 500)
    private String subject;

    @Column(name = "STARTED_AT", nullable = false)
    private Instant startedAt;

    @ManyToOne
    @JoinColumn(name = "CUSTOMER_ID")
    private Customer customer;

    protected Conversation() {
        // for JPA
    }

    public Conversation(String channel, String threadKey, Instant startedAt) {
        this.channel = channel;
        this.threadKey = threadKey;
        this.startedAt = startedAt;
    }

    public String getChannel() {
        return channel;
    }

    public String getThreadKey() {
        return threadKey;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Customer getCustomer() {
        return customer;
    }

    public void setCustomer(Customer customer) {
        this.customer = customer;
    }
}

/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.store;

import java.util.List;
import java.util.Optional;

import org.parley.model.Customer;
import org.parley.model.Identity;

/** Customers and their identities. */
public interface CustomerRepository {

    long count();

    long countIdentities();

    /** Customers by name, with their channels and contact figures. */
    List<CustomerRow> rows(int limit);

    /** A customer with identities loaded. */
    Optional<Customer> find(long id);

    Optional<Identity> findIdentity(String channel, String handle);

    Customer save(Customer customer);
}

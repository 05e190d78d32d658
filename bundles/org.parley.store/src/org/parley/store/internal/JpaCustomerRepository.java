/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.store.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parley.model.Customer;
import org.parley.model.Identity;
import org.parley.store.CustomerRepository;
import org.parley.store.CustomerRow;

/** Customers in the workspace database (as a service) or in any store opened by the factory. */
@Component(service = CustomerRepository.class)
public final class JpaCustomerRepository implements CustomerRepository {

    private final Jpa jpa;

    @Activate
    public JpaCustomerRepository(@Reference Jpa jpa) {
        this.jpa = jpa;
    }

    @Override
    public long count() {
        return jpa.count("Customer");
    }

    @Override
    public long countIdentities() {
        return jpa.count("Identity");
    }

    @Override
    public List<CustomerRow> rows(int limit) {
        return jpa.read(em -> {
            List<Object[]> customers = em
                    .createQuery("SELECT c.id, c.displayName FROM Customer c ORDER BY c.displayName", Object[].class)
                    .setMaxResults(limit).getResultList();
            Map<Long, TreeSet<String>> channels = new HashMap<>();
            Map<Long, Integer> identities = new HashMap<>();
            for (Object[] row : em.createQuery("SELECT i.customer.id, i.channel FROM Identity i WHERE i.customer "
                    + "IS NOT NULL", Object[].class).getResultList()) {
                channels.computeIfAbsent((Long) row[0], k -> new TreeSet<>()).add((String) row[1]);
                identities.merge((Long) row[0], 1, Integer::sum);
            }
            Map<Long, Object[]> contact = new HashMap<>();
            for (Object[] row : em.createQuery("SELECT a.customer.id, COUNT(x), MAX(x.occurredAt) FROM Interaction x "
                    + "JOIN x.author a WHERE a.customer IS NOT NULL GROUP BY a.customer.id", Object[].class)
                    .getResultList()) {
                contact.put((Long) row[0], row);
            }
            List<CustomerRow> result = new ArrayList<>(customers.size());
            for (Object[] c : customers) {
                Long id = (Long) c[0];
                Object[] figures = contact.get(id);
                result.add(new CustomerRow(id, (String) c[1], List.copyOf(channels.getOrDefault(id, new TreeSet<>())),
                        identities.getOrDefault(id, 0), figures == null ? 0 : (Long) figures[1],
                        figures == null ? null : (Instant) figures[2]));
            }
            return result;
        });
    }

    @Override
    public Optional<Customer> find(long id) {
        return jpa.read(em -> {
            Customer customer = em.find(Customer.class, id);
            if (customer != null) {
                customer.getIdentities().size(); // load while the entity manager is open
            }
            return Optional.ofNullable(customer);
        });
    }

    @Override
    public Optional<Identity> findIdentity(String channel, String handle) {
        return jpa.read(em -> em
                .createQuery("SELECT i FROM Identity i WHERE i.channel = :channel AND i.handle = :handle",
                        Identity.class)
                .setParameter("channel", channel).setParameter("handle", handle).getResultStream().findFirst());
    }

    @Override
    public Customer save(Customer customer) {
        return jpa.save(customer);
    }
}

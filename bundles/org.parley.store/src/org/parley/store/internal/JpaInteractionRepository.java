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

import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parley.model.Interaction;
import org.parley.store.InteractionRepository;
import org.parley.store.InteractionRow;

/** Interactions in the workspace database (as a service) or in any store opened by the factory. */
@Component(service = InteractionRepository.class)
public final class JpaInteractionRepository implements InteractionRepository {

    private final Jpa jpa;

    @Activate
    public JpaInteractionRepository(@Reference Jpa jpa) {
        this.jpa = jpa;
    }

    @Override
    public long count() {
        return jpa.count("Interaction");
    }

    @Override
    public List<InteractionRow> rows(int limit) {
        return jpa.read(em -> em.createQuery("SELECT NEW org.parley.store.InteractionRow(i.id, i.occurredAt, "
                + "i.channel, i.direction, a.handle, a.displayName, i.preview) FROM Interaction i LEFT JOIN i.author a "
                + "ORDER BY i.occurredAt DESC, i.id DESC", InteractionRow.class).setMaxResults(limit).getResultList());
    }

    @Override
    public Optional<Interaction> find(String channel, String externalId) {
        return jpa.read(em -> em
                .createQuery("SELECT i FROM Interaction i WHERE i.channel = :channel AND i.externalId = :id",
                        Interaction.class)
                .setParameter("channel", channel).setParameter("id", externalId).getResultStream().findFirst());
    }

    @Override
    public Interaction save(Interaction interaction) {
        return jpa.save(interaction);
    }
}

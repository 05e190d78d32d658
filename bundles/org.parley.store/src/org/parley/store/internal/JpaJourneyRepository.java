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
import org.parley.model.Journey;
import org.parley.model.Stage;
import org.parley.model.Step;
import org.parley.store.JourneyRepository;
import org.parley.store.JourneySummary;

/** Journeys in the workspace database (as a service) or in any store opened by the factory. */
@Component(service = JourneyRepository.class)
public final class JpaJourneyRepository implements JourneyRepository {

    private final Jpa jpa;

    @Activate
    public JpaJourneyRepository(@Reference Jpa jpa) {
        this.jpa = jpa;
    }

    @Override
    public long count() {
        return jpa.count("Journey");
    }

    @Override
    public List<JourneySummary> list() {
        return jpa.read(em -> em.createQuery("SELECT j FROM Journey j ORDER BY j.name", Journey.class).getResultList()
                .stream()
                .map(j -> new JourneySummary(j.getId(), j.getName(),
                        j.getPersona() == null ? null : j.getPersona().getName(), j.getPlanState(),
                        j.getStages().size(), j.stepCount()))
                .toList());
    }

    @Override
    public Optional<Journey> load(long id) {
        return jpa.read(em -> {
            Journey journey = em.find(Journey.class, id);
            if (journey != null) {
                for (Stage stage : journey.getStages()) {
                    for (Step step : stage.getSteps()) {
                        step.getTouchpoints().size(); // load while the entity manager is open
                    }
                }
            }
            return Optional.ofNullable(journey);
        });
    }

    @Override
    public Journey save(Journey journey) {
        return jpa.save(journey);
    }
}

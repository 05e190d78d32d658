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

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parley.model.Persona;
import org.parley.store.PersonaRepository;

/** Personas in the workspace database (as a service) or in any store opened by the factory. */
@Component(service = PersonaRepository.class)
public final class JpaPersonaRepository implements PersonaRepository {

    private final Jpa jpa;

    @Activate
    public JpaPersonaRepository(@Reference Jpa jpa) {
        this.jpa = jpa;
    }

    @Override
    public long count() {
        return jpa.count("Persona");
    }

    @Override
    public List<Persona> list() {
        return jpa.read(em -> em.createQuery("SELECT p FROM Persona p ORDER BY p.name", Persona.class).getResultList());
    }

    @Override
    public Persona save(Persona persona) {
        return jpa.save(persona);
    }
}

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
import org.parley.model.Canvas;
import org.parley.store.CanvasRepository;

/**
 * Planning canvases in the workspace database (as a service) or in any store opened by the factory.
 */
@Component(service = CanvasRepository.class)
public final class JpaCanvasRepository implements CanvasRepository {

    private final Jpa jpa;

    @Activate
    public JpaCanvasRepository(@Reference Jpa jpa) {
        this.jpa = jpa;
    }

    @Override
    public long count() {
        return jpa.count("Canvas");
    }

    @Override
    public List<Canvas> list() {
        return jpa.read(em -> em.createQuery("SELECT c FROM Canvas c ORDER BY c.name", Canvas.class).getResultList());
    }

    @Override
    public Optional<Canvas> load(long id) {
        return jpa.read(em -> {
            Canvas canvas = em.find(Canvas.class, id);
            if (canvas != null) {
                canvas.getItems().size(); // load while the entity manager is open
                canvas.getLinks().size();
            }
            return Optional.ofNullable(canvas);
        });
    }

    @Override
    public Canvas save(Canvas canvas) {
        return jpa.save(canvas);
    }
}

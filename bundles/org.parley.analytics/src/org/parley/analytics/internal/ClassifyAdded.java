/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.analytics.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parley.analytics.ClassificationService;
import org.parley.store.InteractionsAdded;
import org.parley.store.Store;

/** Classifies interactions added in bulk (the demo's) as soon as they are stored. */
@Component(service = InteractionsAdded.class)
public final class ClassifyAdded implements InteractionsAdded {

    private final ClassificationService classification;

    @Activate
    public ClassifyAdded(@Reference ClassificationService classification) {
        this.classification = classification;
    }

    @Override
    public void added(Store store) {
        classification.classifyStored(store, false, null);
    }
}

/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.journey.ui;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

/**
 * Opens a journey in its editor, or brings its editor to the front when it is already open.
 */
public final class JourneyEditors {

    /** Id of the part descriptor of the journey editor (fragment.e4xmi). */
    public static final String DESCRIPTOR = "org.parley.journey.ui.partdescriptor.editor";
    /** The planning perspective's main stack, where editors open. */
    public static final String STACK = "org.parley.app.partstack.planning.main";

    private JourneyEditors() {
    }

    public static MPart open(EPartService parts, EModelService models, MApplication application, long databaseId,
            String name) {
        String id = String.valueOf(databaseId);
        for (MPart part : parts.getParts()) {
            if (DESCRIPTOR.equals(part.getElementId()) && id.equals(part.getPersistedState()
                    .get(JourneyEditorPart.JOURNEY_ID))) {
                parts.showPart(part, PartState.ACTIVATE);
                return part;
            }
        }
        MPart part = parts.createPart(DESCRIPTOR);
        part.setLabel(name);
        part.getPersistedState().put(JourneyEditorPart.JOURNEY_ID, id);
        MPartStack stack = (MPartStack) models.find(STACK, application);
        if (stack != null) {
            stack.getChildren().add(part);
        }
        parts.showPart(part, PartState.ACTIVATE);
        return part;
    }
}

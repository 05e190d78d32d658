/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.app.internal;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

/** Switches between the Operations and Planning perspectives. */
public class SwitchPerspectiveHandler {

    /** The command parameter naming the perspective. */
    public static final String PERSPECTIVE = "org.parley.app.commandparameter.perspective";

    @Execute
    void execute(@Named(PERSPECTIVE) String perspectiveId, MApplication application, EModelService models,
            EPartService parts) {
        MUIElement found = models.find(perspectiveId, application);
        if (found instanceof MPerspective perspective) {
            parts.switchPerspective(perspective);
        }
    }
}

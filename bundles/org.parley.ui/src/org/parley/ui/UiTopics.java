/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.ui;

/** Event topics the Parley parts listen to. */
public final class UiTopics {

    /** Posted after stored data changed (an import, the demo seeding); parts reload. */
    public static final String STORE_CHANGED = "parley/store/changed";

    private UiTopics() {
    }
}

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

import java.net.URL;
import java.nio.file.Path;

import org.eclipse.osgi.service.datalocation.Location;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.parley.store.Store;
import org.parley.store.StoreException;
import org.parley.store.StoreSettings;

/**
 * The store of the running workspace: the Eclipse instance location ({@code -data}, by default
 * {@code ~/parley-workspace}). Its repositories are services of their own.
 */
@Component(service = {Store.class, Jpa.class})
public final class WorkspaceStore extends JpaStore {

    @Activate
    public WorkspaceStore(@Reference(target = "(type=osgi.instance.area)") Location instance) {
        super(StoreSettings.forWorkspace(folderOf(instance)));
    }

    static Path folderOf(Location instance) {
        URL url = instance.getURL();
        if (url == null) {
            throw new StoreException("Parley needs a workspace folder: start it with -data <folder>");
        }
        return StoreSettings.folderOf(url);
    }

    @Deactivate
    void deactivate() {
        close();
    }
}

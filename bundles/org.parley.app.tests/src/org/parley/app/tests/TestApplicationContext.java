/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.app.tests;

import java.util.Map;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** Starts the workbench with the branding of the Parley product (plugin.xml of org.parley.app). */
final class TestApplicationContext implements IApplicationContext {

    private final Map<String, String> branding;

    TestApplicationContext(Map<String, String> branding) {
        this.branding = branding;
    }

    @Override
    public Map<String, Object> getArguments() {
        return Map.of(APPLICATION_ARGS, new String[0]);
    }

    @Override
    public void applicationRunning() {
        // no splash screen to take down
    }

    @Override
    public String getBrandingApplication() {
        return "org.eclipse.e4.ui.workbench.swt.E4Application";
    }

    @Override
    public String getBrandingName() {
        return "Parley";
    }

    @Override
    public String getBrandingDescription() {
        return "Parley";
    }

    @Override
    public String getBrandingId() {
        return "org.parley.app.product";
    }

    @Override
    public String getBrandingProperty(String key) {
        return branding.get(key);
    }

    @Override
    public Bundle getBrandingBundle() {
        return FrameworkUtil.getBundle(org.parley.app.internal.LifeCycle.class);
    }

    @Override
    public void setResult(Object result, IApplication application) {
        // the workbench runs in the test's thread; its result is start()'s return value
    }
}

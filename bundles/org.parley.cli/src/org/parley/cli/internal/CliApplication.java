/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.cli.internal;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.osgi.service.datalocation.Location;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.util.tracker.ServiceTracker;
import org.parley.store.StoreSettings;

/**
 * The Equinox application behind {@code parley-cli}: finds the services, runs one command, exits.
 */
public final class CliApplication implements IApplication {

    static final long SERVICE_TIMEOUT_MS = TimeUnit.SECONDS.toMillis(30);

    @Override
    public Object start(IApplicationContext context) throws Exception {
        context.applicationRunning();
        String[] args = (String[]) context.getArguments().getOrDefault(IApplicationContext.APPLICATION_ARGS,
                new String[0]);
        BundleContext bundles = FrameworkUtil.getBundle(CliApplication.class).getBundleContext();
        Path workspace = defaultWorkspace(bundles);
        Handler log = CliLogging.configure(ParleyCli.workspaceOf(args, workspace), ParleyCli.verbose(args));
        try {
            return Commands.cli(bundles, workspace, System.in, System.out, System.err).run(args);
        } finally {
            log.close();
        }
    }

    private static Path defaultWorkspace(BundleContext bundles) {
        Path fallback = Path.of(System.getProperty("user.home"), "parley-workspace");
        try {
            var refs = bundles.getServiceReferences(Location.class, Location.INSTANCE_FILTER);
            if (refs.isEmpty()) {
                return fallback;
            }
            Location instance = bundles.getService(refs.iterator().next());
            return instance == null || instance.getURL() == null ? fallback : StoreSettings.folderOf(instance.getURL());
        } catch (InvalidSyntaxException e) {
            return fallback;
        }
    }

    /** Waits for a service; fails with a message naming it when it does not come. */
    static <T> T await(BundleContext bundles, Class<T> type) throws InterruptedException {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(bundles, type, null);
        tracker.open();
        T service = tracker.waitForService(SERVICE_TIMEOUT_MS);
        if (service == null) {
            throw new IllegalStateException("The service " + type.getName() + " did not start; is "
                    + "org.apache.felix.scr running?");
        }
        return service;
    }

    @Override
    public void stop() {
        // a command runs to its end; nothing to interrupt
    }
}
